using System.Collections.Frozen;
using MedCoder.CodeSets.Files;

namespace MedCoder.CodeSets.Icd10Cm;

/// <summary>
/// The CDC ICD-10-CM conversion table: for every code added since FY2016, when it took effect and which code(s)
/// were used before. Answers both ways: new code to previous codes, and previous code to the codes that replaced it.
/// </summary>
public sealed class ConversionTable : ICacheable
{
    private const string CacheTag = "Icd10CmConversionTable";
    private const int CacheVersion = 1;

    private readonly FrozenDictionary<string, ConversionEntry> _byCode;
    private readonly FrozenDictionary<string, int> _position;
    private readonly FrozenDictionary<string, ConversionEntry[]> _bySinglePrevious;
    private readonly (PreviousCodeReference Span, ConversionEntry Entry)[] _spans;

    public ConversionTable(IReadOnlyList<ConversionEntry> entries)
    {
        Entries = entries;
        _byCode = entries.ToFrozenDictionary(e => e.Code, StringComparer.Ordinal);
        _position = entries.Select((e, i) => (e.Code, i)).ToFrozenDictionary(x => x.Code, x => x.i, StringComparer.Ordinal);
        var references = entries.SelectMany(e => e.Previous.Distinct().Select(p => (Reference: p, Entry: e))).ToArray();
        _bySinglePrevious = references.Where(r => r.Reference.IsSingleCode)
            .GroupBy(r => r.Reference.From, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.Select(r => r.Entry).ToArray(), StringComparer.Ordinal);
        _spans = references.Where(r => !r.Reference.IsSingleCode).ToArray();
    }

    /// <summary>One entry per new code, in table order (CDC's exact duplicate rows are dropped).</summary>
    public IReadOnlyList<ConversionEntry> Entries { get; }

    public int Count => Entries.Count;

    public static ConversionTable Load(string path) => ConversionTableReader.Read(path);

    /// <summary>The row for a new code (with or without dot), or null when the code is not in the table.</summary>
    public ConversionEntry? Find(string newCode) => _byCode.GetValueOrDefault(Icd10CmFormat.WithoutDot(newCode));

    /// <summary>
    /// The rows whose previous codes cover an old code (with or without dot): a reference to the code itself, to a
    /// header above it, or a span containing it. In table order.
    /// </summary>
    public IReadOnlyList<ConversionEntry> NewCodesFor(string oldCode)
    {
        var code = Icd10CmFormat.WithoutDot(oldCode);
        var found = new List<ConversionEntry>();
        for (var length = code.Length; length >= 3; length--)
        {
            if (_bySinglePrevious.TryGetValue(code[..length], out var entries))
            {
                found.AddRange(entries);
            }
        }

        found.AddRange(_spans.Where(s => s.Span.Covers(code)).Select(s => s.Entry));
        return found.Distinct().OrderBy(e => _position[e.Code]).ToArray();
    }

    public void Write(BinaryWriter writer)
    {
        BinaryCache.WriteHeader(writer, CacheTag, CacheVersion);
        writer.Write(Entries.Count);
        foreach (var entry in Entries)
        {
            writer.Write(entry.Code);
            writer.Write(entry.Effective.DayNumber);
            writer.Write(entry.PreviousText);
            writer.Write(entry.Previous.Count);
            foreach (var previous in entry.Previous)
            {
                writer.Write(previous.From);
                writer.Write(previous.To);
            }
        }
    }

    public static ConversionTable Read(BinaryReader reader)
    {
        BinaryCache.ReadHeader(reader, CacheTag, CacheVersion);
        var entries = new ConversionEntry[BinaryCache.ReadCount(reader)];
        for (var i = 0; i < entries.Length; i++)
        {
            var code = reader.ReadString();
            var effective = DateOnly.FromDayNumber(reader.ReadInt32());
            var previousText = reader.ReadString();
            var previous = new PreviousCodeReference[BinaryCache.ReadCount(reader)];
            for (var p = 0; p < previous.Length; p++)
            {
                previous[p] = new PreviousCodeReference(reader.ReadString(), reader.ReadString());
            }

            entries[i] = new ConversionEntry(code, effective, previousText, previous);
        }

        return new ConversionTable(entries);
    }
}
