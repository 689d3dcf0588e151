using MedCoder.CodeSets.Files;

namespace MedCoder.CodeSets.Icd10Pcs;

/// <summary>
/// One fiscal year of ICD-10-PCS (October 1 of the previous calendar year to September 30), from the CMS order file.
/// Look-ups binary-search the codes: the order file is already in code order, and hashing 80,000 codes into a
/// FrozenDictionary cost about 200 ms of start-up for no gain a coder would notice.
/// </summary>
public sealed class Icd10PcsRelease : ICacheable
{
    private const string CacheTag = "ICD10PCS-ORDER/1";
    private const int CacheVersion = 1;
    private const byte ValidFlag = 1;
    private const byte ShortIsLongFlag = 2;

    private readonly string[] _sortedCodes;
    private readonly int[]? _rowOfSortedCode; // null when the rows are already in ordinal code order

    public Icd10PcsRelease(int fiscalYear, IReadOnlyList<Icd10PcsCode> rows)
    {
        FiscalYear = fiscalYear;
        Rows = rows;
        _sortedCodes = rows.Select(r => r.Code).ToArray();
        if (!IsSorted(_sortedCodes))
        {
            _rowOfSortedCode = Enumerable.Range(0, rows.Count).ToArray();
            Array.Sort(_sortedCodes, _rowOfSortedCode, StringComparer.Ordinal);
        }

        ValidCodeCount = rows.Count(r => r.Valid);
    }

    public int FiscalYear { get; }

    public string Version => $"ICD-10-PCS FY{FiscalYear}";

    public DateOnly EffectiveFrom => new(FiscalYear - 1, 10, 1);

    public DateOnly EffectiveTo => new(FiscalYear, 9, 30);

    /// <summary>Every order-file row in file order: valid codes and table headers.</summary>
    public IReadOnlyList<Icd10PcsCode> Rows { get; }

    public int ValidCodeCount { get; }

    public static Icd10PcsRelease Load(string orderFilePath, int fiscalYear) => new(fiscalYear, Icd10PcsOrderFileReader.Read(orderFilePath));

    /// <summary>A code or table header; case and surrounding spaces are ignored (PCS codes have no dot).</summary>
    public Icd10PcsCode? Find(string code) => RowOf(Normalize(code));

    /// <summary>True only for a 7-character code valid for claims in this release (not for table headers).</summary>
    public bool IsValid(string code) => Find(code) is { Valid: true };

    /// <summary>Title of the table a code belongs to (its first 3 characters), e.g. "Gastrointestinal System, Resection" for 0DT.</summary>
    public string? TableTitle(string code)
    {
        var normalized = Normalize(code);
        return normalized.Length >= 3 && RowOf(normalized[..3]) is { IsTableHeader: true } header ? header.LongDescription : null;
    }

    /// <summary>The 7 characters with their axis names and the table title, or null when the text cannot be a PCS code.</summary>
    public PcsCodeStructure? Axes(string code)
    {
        var normalized = Normalize(code);
        return PcsSections.Split(normalized) is { } axes
            ? new PcsCodeStructure(normalized, normalized[0], PcsSections.NameOf(normalized[0])!, axes, TableTitle(normalized))
            : null;
    }

    public void Write(BinaryWriter writer)
    {
        BinaryCache.WriteHeader(writer, CacheTag, CacheVersion);
        writer.Write(FiscalYear);
        writer.Write(Rows.Count);
        foreach (var row in Rows)
        {
            // Over a quarter of the rows have the same short and long title; those are written once.
            var shortIsLong = row.ShortDescription == row.LongDescription;
            writer.Write(row.OrderNumber);
            writer.Write(row.Code);
            writer.Write((byte)((row.Valid ? ValidFlag : 0) | (shortIsLong ? ShortIsLongFlag : 0)));
            writer.Write(row.LongDescription);
            if (!shortIsLong)
            {
                writer.Write(row.ShortDescription);
            }
        }
    }

    public static Icd10PcsRelease Read(BinaryReader reader)
    {
        BinaryCache.ReadHeader(reader, CacheTag, CacheVersion);

        var fiscalYear = reader.ReadInt32();
        var rows = new Icd10PcsCode[reader.ReadInt32()];
        for (var i = 0; i < rows.Length; i++)
        {
            var (order, code, flags, longTitle) = (reader.ReadInt32(), reader.ReadString(), reader.ReadByte(), reader.ReadString());
            var shortTitle = (flags & ShortIsLongFlag) != 0 ? longTitle : reader.ReadString();
            rows[i] = new Icd10PcsCode(order, code, (flags & ValidFlag) != 0, shortTitle, longTitle);
        }

        return new Icd10PcsRelease(fiscalYear, rows);
    }

    private Icd10PcsCode? RowOf(string code)
    {
        var at = Array.BinarySearch(_sortedCodes, code, StringComparer.Ordinal);
        return at < 0 ? null : Rows[_rowOfSortedCode?[at] ?? at];
    }

    private static bool IsSorted(string[] codes)
    {
        for (var i = 1; i < codes.Length; i++)
        {
            if (string.CompareOrdinal(codes[i - 1], codes[i]) >= 0)
            {
                return false;
            }
        }

        return true;
    }

    private static string Normalize(string code) => code.Trim().ToUpperInvariant();
}
