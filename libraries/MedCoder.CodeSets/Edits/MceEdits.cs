using System.Collections.Frozen;
using MedCoder.CodeSets.Files;

namespace MedCoder.CodeSets.Edits;

/// <summary>
/// Medicare Code Editor diagnosis lists from the derived JSON (mce_edits_fyYYYY_derived.json): manifestation and
/// unacceptable principal diagnoses and the four age lists with their age ranges. The derived set has no sex
/// edits (CMS deactivated them for ICD-10 from 2024-10-01) and none of the inpatient-only edits; the file's
/// reasons are exposed as <see cref="ExcludedEdits"/> rather than filled in from elsewhere.
/// </summary>
public sealed class MceEdits : ICacheable
{
    private const string CacheTag = "MCE-DERIVED/1";
    private const int CacheVersion = 1;

    internal const MceEditLists AgeLists = MceEditLists.Newborn | MceEditLists.Pediatric | MceEditLists.Maternity | MceEditLists.Adult;

    private readonly MceCodeEdits[] _codes;
    private readonly FrozenDictionary<string, MceCodeEdits> _byCode;

    /// <param name="entries">Codes with a list each (or several lists as flags); entries of the same code are merged.</param>
    public MceEdits(
        IEnumerable<(string Code, string Description, MceEditLists List)> entries,
        IReadOnlyDictionary<MceEditLists, MceAgeRange> ageRanges,
        IReadOnlyDictionary<string, string> excludedEdits)
    {
        AgeRanges = ageRanges.ToFrozenDictionary();
        ExcludedEdits = excludedEdits.ToFrozenDictionary(StringComparer.Ordinal);
        // Plain loops: this runs at every start-up (cache read), where LINQ over tuples costs JIT time.
        var lists = new Dictionary<string, (string Description, MceEditLists Lists)>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var (code, description, list) in entries)
        {
            if (lists.TryGetValue(code, out var known))
            {
                lists[code] = (known.Description, known.Lists | list);
            }
            else
            {
                lists[code] = (description, list);
                order.Add(code);
            }
        }

        _codes = new MceCodeEdits[order.Count];
        for (var i = 0; i < _codes.Length; i++)
        {
            var (description, codeLists) = lists[order[i]];
            _codes[i] = new MceCodeEdits(order[i], description, codeLists, AgeEditsOf(codeLists));
        }

        _byCode = _codes.ToFrozenDictionary(c => c.Code, StringComparer.Ordinal);
    }

    public IReadOnlyDictionary<MceEditLists, MceAgeRange> AgeRanges { get; }

    /// <summary>Edits the source deliberately left out, with its reason (e.g. "sex_conflict"), as given in the file.</summary>
    public IReadOnlyDictionary<string, string> ExcludedEdits { get; }

    /// <summary>Every listed code once, in the order it first appears in the file.</summary>
    public IReadOnlyList<MceCodeEdits> Codes => _codes;

    /// <summary>The MCE lists a diagnosis is on, or null when it is on none; accepts the code with or without its dot.</summary>
    public MceCodeEdits? Find(string code) => _byCode.GetValueOrDefault(Normalize(code));

    public MceEditLists ListsOf(string code) => Find(code)?.Lists ?? MceEditLists.None;

    public int CountOn(MceEditLists list) => _codes.Count(c => (c.Lists & list) == list);

    /// <summary>The age edits a diagnosis fails for a patient of the given age (empty when consistent).</summary>
    public IReadOnlyList<MceAgeEdit> AgeConflicts(string code, int ageYears) =>
        Find(code)?.AgeEdits.Where(e => !e.Range.Contains(ageYears)).ToArray() ?? [];

    public static MceEdits Load(string path) => MceEditsReader.Read(path);

    private MceAgeEdit[] AgeEditsOf(MceEditLists lists)
    {
        if ((lists & AgeLists) == 0)
        {
            return [];
        }

        var edits = new List<MceAgeEdit>(1);
        foreach (var list in (ReadOnlySpan<MceEditLists>)[MceEditLists.Newborn, MceEditLists.Pediatric, MceEditLists.Maternity, MceEditLists.Adult])
        {
            if ((lists & list) != 0 && AgeRanges.TryGetValue(list, out var range))
            {
                edits.Add(new MceAgeEdit(list, range));
            }
        }

        return [.. edits];
    }

    private static string Normalize(string code) => code.Trim().Replace(".", string.Empty, StringComparison.Ordinal).ToUpperInvariant();

    public void Write(BinaryWriter writer)
    {
        BinaryCache.WriteHeader(writer, CacheTag, CacheVersion);
        writer.Write(AgeRanges.Count);
        foreach (var (list, range) in AgeRanges.OrderBy(r => r.Key))
        {
            writer.Write((int)list);
            writer.Write(range.MinAge);
            writer.Write(range.MaxAge);
        }

        writer.Write(ExcludedEdits.Count);
        foreach (var (name, reason) in ExcludedEdits.OrderBy(r => r.Key, StringComparer.Ordinal))
        {
            writer.Write(name);
            writer.Write(reason);
        }

        writer.Write(_codes.Length);
        foreach (var code in _codes)
        {
            writer.Write(code.Code);
            writer.Write(code.Description);
            writer.Write((int)code.Lists);
        }
    }

    public static MceEdits Read(BinaryReader reader)
    {
        BinaryCache.ReadHeader(reader, CacheTag, CacheVersion);

        var ageRanges = new Dictionary<MceEditLists, MceAgeRange>();
        for (var i = reader.ReadInt32(); i > 0; i--)
        {
            ageRanges[(MceEditLists)reader.ReadInt32()] = new MceAgeRange(reader.ReadInt32(), reader.ReadInt32());
        }

        var excluded = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = reader.ReadInt32(); i > 0; i--)
        {
            excluded[reader.ReadString()] = reader.ReadString();
        }

        var entries = new (string, string, MceEditLists)[reader.ReadInt32()];
        for (var i = 0; i < entries.Length; i++)
        {
            entries[i] = (reader.ReadString(), reader.ReadString(), (MceEditLists)reader.ReadInt32());
        }

        return new MceEdits(entries, ageRanges, excluded);
    }
}
