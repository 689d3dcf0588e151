using System.Collections.Frozen;
using MedCoder.CodeSets.Files;

namespace MedCoder.CodeSets.Icd10Cm;

/// <summary>
/// Tabular List instructional notes and 7th-character meanings per code (codes without dot).
/// Built from the FY2026 derived notes first; the FY2021 tabular XML adds only the kinds the derived file lacks
/// (Code also, notes, 7th characters) and only for codes that still exist.
/// </summary>
public sealed class TabularNotes : ICacheable
{
    private const string CacheTag = "Icd10CmTabularNotes";
    private const int CacheVersion = 1;

    private readonly FrozenDictionary<string, TabularNote[]> _notes;
    private readonly FrozenDictionary<string, SeventhCharacter[]> _seventhCharacters;

    public TabularNotes(
        IEnumerable<KeyValuePair<string, IReadOnlyList<TabularNote>>> notes,
        IEnumerable<KeyValuePair<string, IReadOnlyList<SeventhCharacter>>> seventhCharacters)
    {
        _notes = notes.ToFrozenDictionary(n => Icd10CmFormat.WithoutDot(n.Key), n => n.Value.ToArray(), StringComparer.Ordinal);
        _seventhCharacters = seventhCharacters.ToFrozenDictionary(s => Icd10CmFormat.WithoutDot(s.Key), s => s.Value.ToArray(), StringComparer.Ordinal);
    }

    /// <summary>Codes that carry at least one note of their own.</summary>
    public int CodeCount => _notes.Count;

    public int NoteCount => _notes.Values.Sum(n => n.Length);

    /// <summary>Codes that define 7th characters for the codes under them.</summary>
    public int SeventhCharacterCodeCount => _seventhCharacters.Count;

    /// <summary>Codes (without dot) that carry notes of their own, sorted.</summary>
    public IReadOnlyList<string> Codes => _notes.Keys.Order(StringComparer.Ordinal).ToArray();

    /// <summary>Loads the derived notes and, when given, the legacy tabular XML filtered to codes of this release.</summary>
    public static TabularNotes Load(string derivedNotesPath, string? legacyTabularPath, Icd10CmRelease release) =>
        Load(derivedNotesPath, legacyTabularPath, code => release.Find(code) is not null);

    /// <param name="derivedNotesPath">icd10cm_instructional_notes_fyYYYY_derived.json[.gz]</param>
    /// <param name="legacyTabularPath">icd10cm_tabular_YYYY.xml[.gz], or null to use the derived notes alone</param>
    /// <param name="exists">whether a code (without dot) exists in the release the notes are for</param>
    public static TabularNotes Load(string derivedNotesPath, string? legacyTabularPath, Func<string, bool> exists)
    {
        var notes = DerivedNotesReader.Read(derivedNotesPath);
        var seventhCharacters = new Dictionary<string, List<SeventhCharacter>>(StringComparer.Ordinal);
        if (legacyTabularPath is not null)
        {
            LegacyTabularReader.Read(legacyTabularPath, exists, notes, seventhCharacters);
        }

        return new TabularNotes(
            notes.Select(n => KeyValuePair.Create(n.Key, (IReadOnlyList<TabularNote>)n.Value)),
            seventhCharacters.Select(s => KeyValuePair.Create(s.Key, (IReadOnlyList<SeventhCharacter>)s.Value)));
    }

    /// <summary>The code's own notes (not inherited), derived-file notes first.</summary>
    public IReadOnlyList<TabularNote> NotesFor(string code) =>
        _notes.TryGetValue(Icd10CmFormat.WithoutDot(code), out var notes) ? notes : [];

    /// <summary>
    /// Notes of one kind on the code and on every ancestor, nearest first. An Excludes1 under a category applies to
    /// every code in it, so E11.65 answers with the Excludes1 notes of E11.65, E11.6 and E11.
    /// </summary>
    public IReadOnlyList<InheritedNote> InheritedNotesFor(string code, NoteKind kind)
    {
        var found = new List<InheritedNote>();
        foreach (var level in SelfAndAncestors(Icd10CmFormat.WithoutDot(code)))
        {
            if (_notes.TryGetValue(level, out var notes))
            {
                found.AddRange(notes.Where(n => n.Kind == kind).Select(n => new InheritedNote(level, n)));
            }
        }

        return found;
    }

    /// <summary>The 7th characters of the nearest code at or above this one that defines them (S52.501A: from S52); null when none does.</summary>
    public SeventhCharacterDefinitions? SeventhCharactersFor(string code)
    {
        foreach (var level in SelfAndAncestors(Icd10CmFormat.WithoutDot(code)))
        {
            if (_seventhCharacters.TryGetValue(level, out var characters))
            {
                return new SeventhCharacterDefinitions(level, characters);
            }
        }

        return null;
    }

    /// <summary>S52501A, S52501, S5250, S525, S52: a code's parent is the code minus its last character, down to the category.</summary>
    private static IEnumerable<string> SelfAndAncestors(string code)
    {
        for (var length = code.Length; length >= 3; length--)
        {
            yield return code[..length];
        }
    }

    public void Write(BinaryWriter writer)
    {
        BinaryCache.WriteHeader(writer, CacheTag, CacheVersion);

        // Sources repeat on every note; store each once and refer to it by index.
        var sources = _notes.Values.SelectMany(n => n.Select(x => x.Source))
            .Concat(_seventhCharacters.Values.SelectMany(s => s.Select(x => x.Source)))
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var sourceIndex = sources.Select((s, i) => (s, i)).ToDictionary(x => x.s, x => x.i, StringComparer.Ordinal);
        BinaryCache.WriteStrings(writer, sources);

        writer.Write(_notes.Count);
        foreach (var (code, notes) in _notes.OrderBy(n => n.Key, StringComparer.Ordinal))
        {
            writer.Write(code);
            writer.Write(notes.Length);
            foreach (var note in notes)
            {
                writer.Write((byte)note.Kind);
                writer.Write(note.Text);
                writer.Write(sourceIndex[note.Source]);
            }
        }

        writer.Write(_seventhCharacters.Count);
        foreach (var (code, characters) in _seventhCharacters.OrderBy(s => s.Key, StringComparer.Ordinal))
        {
            writer.Write(code);
            writer.Write(characters.Length);
            foreach (var character in characters)
            {
                writer.Write((ushort)character.Character);
                writer.Write(character.Meaning);
                writer.Write(sourceIndex[character.Source]);
            }
        }
    }

    public static TabularNotes Read(BinaryReader reader)
    {
        BinaryCache.ReadHeader(reader, CacheTag, CacheVersion);
        var sources = BinaryCache.ReadStrings(reader);

        var notes = ReadPerCode(reader, r => new TabularNote((NoteKind)r.ReadByte(), r.ReadString(), sources[r.ReadInt32()]));
        var seventh = ReadPerCode(reader, r => new SeventhCharacter((char)r.ReadUInt16(), r.ReadString(), sources[r.ReadInt32()]));

        return new TabularNotes(notes, seventh);
    }

    /// <summary>Reads "count, then per code: code, count, items" as written by Write for notes and 7th characters alike.</summary>
    private static KeyValuePair<string, IReadOnlyList<T>>[] ReadPerCode<T>(BinaryReader reader, Func<BinaryReader, T> readItem)
    {
        var entries = new KeyValuePair<string, IReadOnlyList<T>>[BinaryCache.ReadCount(reader)];
        for (var i = 0; i < entries.Length; i++)
        {
            var code = reader.ReadString();
            var items = new T[BinaryCache.ReadCount(reader)];
            for (var n = 0; n < items.Length; n++)
            {
                items[n] = readItem(reader);
            }

            entries[i] = KeyValuePair.Create(code, (IReadOnlyList<T>)items);
        }

        return entries;
    }
}
