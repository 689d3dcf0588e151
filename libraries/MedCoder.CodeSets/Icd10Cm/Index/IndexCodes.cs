using System.Globalization;
using MedCoder.CodeSets.Versioning;

namespace MedCoder.CodeSets.Icd10Cm;

/// <summary>How an index code was read in an edition (<see cref="IndexCodes"/>).</summary>
public enum IndexCodeResolution : byte
{
    /// <summary>The term has no code.</summary>
    None,

    /// <summary>Valid as published.</summary>
    Valid,

    /// <summary>A code ending in '-', or a header, read as the valid codes below it ("G56.0-" → G56.00 … G56.03).</summary>
    Expanded,

    /// <summary>No longer valid in the edition: the codes that replaced it since the index was published (conversion table).</summary>
    Mapped,

    /// <summary>Neither in the edition nor mapped: the term leads to no code there.</summary>
    Dropped,
}

/// <summary>
/// An <see cref="AlphabeticIndex"/> read against one ICD-10-CM edition. A code valid in the edition is itself; one that
/// is not (deleted, or made a header, since the index was published) is the edition's codes that replaced it
/// according to the edition's conversion table; a code ending in '-' or a header is the valid codes below it in
/// the edition; anything else is dropped and counted. So a FY2025 index serves FY2026 with FY2026 codes only.
/// </summary>
public sealed class IndexCodes
{
    private readonly string[][] _codes;
    private readonly IndexCodeResolution[] _resolution;
    private readonly int[] _counts = new int[Enum.GetValues<IndexCodeResolution>().Length];

    internal IndexCodes(AlphabeticIndex index, Icd10CmRelease edition, ConversionTable? conversion)
    {
        Index = index;
        Edition = edition;
        var published = EffectivePeriod.FiscalYear(index.FiscalYear).From;
        var byCode = new Dictionary<string, (string[] Codes, IndexCodeResolution Resolution)>(StringComparer.Ordinal);
        _codes = new string[index.Entries.Count][];
        _resolution = new IndexCodeResolution[index.Entries.Count];
        for (var row = 0; row < index.Entries.Count; row++)
        {
            if (index.Entries[row].Code is not { } code)
            {
                _codes[row] = [];
                continue;
            }

            if (!byCode.TryGetValue(code, out var read))
            {
                byCode[code] = read = Read(code, edition, conversion, published);
            }

            (_codes[row], _resolution[row]) = read;
            _counts[(int)read.Resolution]++;
        }
    }

    public AlphabeticIndex Index { get; }

    public Icd10CmRelease Edition { get; }

    /// <summary>The valid codes (without dot) a term's own code stands for in the edition; empty when it has none there.</summary>
    public IReadOnlyList<string> CodesOf(int row) => _codes[row];

    public IndexCodeResolution ResolutionOf(int row) => _resolution[row];

    /// <summary>
    /// The codes a term leads to: its own, or those of the term its "see" names (followed a few steps: "Cholecystitis,
    /// emphysematous" → see "Cholecystitis, acute" → K81.0), or, for a term with neither, its "see also" ("Gallstone",
    /// see also "Calculus, gallbladder" → K80.20).
    /// </summary>
    public IReadOnlyList<string> CodesFor(int row) => CodeRowFor(row) is var at and >= 0 ? _codes[at] : [];

    /// <summary>The row whose published code a term leads to (itself, or the end of its "see" references); -1 when none.</summary>
    public int CodeRowFor(int row)
    {
        for (var step = 0; step < 4 && row >= 0; step++)
        {
            if (Index.Entries[row].Code is not null)
            {
                return row;
            }

            row = Index.Entries[row].See is null ? Index.SeeAlsoTarget(row) : Index.SeeTarget(row);
        }

        return -1;
    }

    /// <summary>Index terms with a code, by how the code was read.</summary>
    public int Count(IndexCodeResolution resolution) => _counts[(int)resolution];

    public string Describe() => string.Create(CultureInfo.InvariantCulture,
        $"{_counts.Sum():N0} codes read in {Edition.Version}: {Count(IndexCodeResolution.Valid):N0} valid, {Count(IndexCodeResolution.Expanded):N0} expanded, {Count(IndexCodeResolution.Mapped):N0} mapped, {Count(IndexCodeResolution.Dropped):N0} dropped");

    private static (string[] Codes, IndexCodeResolution Resolution) Read(string published, Icd10CmRelease edition, ConversionTable? conversion, DateOnly indexPublished)
    {
        var code = Icd10CmFormat.WithoutDot(published.TrimEnd('-').TrimEnd('.'));
        var found = edition.Find(code);
        if (found is { Billable: true })
        {
            return ([found.Code], IndexCodeResolution.Valid);
        }

        var below = found is null ? [] : edition.Descendants(code).Where(c => edition.Find(c) is { Billable: true }).ToArray();
        if (published.EndsWith('-') && below.Length > 0)
        {
            return (below, IndexCodeResolution.Expanded);
        }

        // A code no longer valid: the codes created since the index that name it (or a span holding it) as previous.
        var replaced = conversion?.NewCodesFor(code)
            .Where(e => e.Effective > indexPublished && e.Previous.Any(p => p.IsSingleCode ? p.From == code : p.Covers(code)))
            .Where(e => edition.Find(e.Code) is { Billable: true })
            .Select(e => e.Code)
            .ToArray() ?? [];
        return replaced.Length > 0 ? (replaced, IndexCodeResolution.Mapped)
            : below.Length > 0 ? (below, IndexCodeResolution.Expanded)
            : ([], IndexCodeResolution.Dropped);
    }
}
