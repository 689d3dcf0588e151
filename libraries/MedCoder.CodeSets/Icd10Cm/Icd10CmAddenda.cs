using System.Collections.Frozen;
using MedCoder.CodeSets.Files;

namespace MedCoder.CodeSets.Icd10Cm;

/// <summary>The changes of one ICD-10-CM release against the previous one, as listed in a CMS addenda file.</summary>
public sealed class Icd10CmAddenda : ICacheable
{
    private const string CacheTag = "Icd10CmAddenda";
    private const int CacheVersion = 1;

    private readonly FrozenDictionary<string, AddendaEntry[]> _byCode;

    public Icd10CmAddenda(AddendaLayout layout, IReadOnlyList<AddendaEntry> entries)
    {
        Layout = layout;
        Entries = entries;
        _byCode = entries.GroupBy(e => e.Code, StringComparer.Ordinal).ToFrozenDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
        Revisions = entries.Zip(entries.Skip(1))
            .Where(pair => pair.First.Action == AddendaAction.ReviseFrom && pair.Second.Action == AddendaAction.ReviseTo)
            .Select(pair => new AddendaRevision(pair.First, pair.Second))
            .ToArray();
    }

    public AddendaLayout Layout { get; }

    /// <summary>All lines in file order.</summary>
    public IReadOnlyList<AddendaEntry> Entries { get; }

    public IReadOnlyList<AddendaRevision> Revisions { get; }

    /// <summary>Reads an order-addenda or codes-addenda file; the layout is recognised from the first record.</summary>
    public static Icd10CmAddenda Load(string path) => AddendaReader.Read(path);

    /// <summary>Number of lines with this action (a revision counts one ReviseFrom and one ReviseTo line).</summary>
    public int Count(AddendaAction action) => Entries.Count(e => e.Action == action);

    /// <summary>The lines about one code (with or without dot), in file order; empty when the code did not change.</summary>
    public IReadOnlyList<AddendaEntry> For(string code) =>
        _byCode.TryGetValue(Icd10CmFormat.WithoutDot(code), out var entries) ? entries : [];

    public void Write(BinaryWriter writer)
    {
        BinaryCache.WriteHeader(writer, CacheTag, CacheVersion);
        writer.Write((byte)Layout);
        writer.Write(Entries.Count);
        foreach (var entry in Entries)
        {
            writer.Write((byte)entry.Action);
            writer.Write(entry.Code);
            writer.Write(entry.Billable);
            writer.Write(entry.ShortDescription);
            writer.Write(entry.LongDescription);
        }
    }

    public static Icd10CmAddenda Read(BinaryReader reader)
    {
        BinaryCache.ReadHeader(reader, CacheTag, CacheVersion);
        var layout = (AddendaLayout)reader.ReadByte();
        var entries = new AddendaEntry[BinaryCache.ReadCount(reader)];
        for (var i = 0; i < entries.Length; i++)
        {
            entries[i] = new AddendaEntry((AddendaAction)reader.ReadByte(), reader.ReadString(), reader.ReadBoolean(), reader.ReadString(), reader.ReadString());
        }

        return new Icd10CmAddenda(layout, entries);
    }
}
