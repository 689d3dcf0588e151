using System.Diagnostics;
using MedCoder.CodeSets.Icd10Cm;
using MedCoder.CodeSets.Versioning;

namespace MedCoder.CodeSets.Library;

/// <summary>
/// Every loaded code-set release, chosen by date of service. Loads the folders of <see cref="CodeSetLocations"/>
/// (shipped, then installed releases; a release present in both wins from the later folder), through the binary
/// cache when the sources are unchanged.
/// </summary>
public sealed class CodeSetLibrary : ICodeSets
{
    private readonly VersionedReleases<Icd10CmEdition> _icd10Cm;
    private readonly IReadOnlyDictionary<SourceKind, VersionedReleases<LoadedTable>> _others;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<DateOnly, CodeSetSnapshot> _snapshots = new();

    public CodeSetLibrary(IReadOnlyList<LoadedTable> tables, LoadReport report)
    {
        Report = report;
        _icd10Cm = new VersionedReleases<Icd10CmEdition>(tables
            .Where(t => t.Kind == SourceKind.Icd10CmOrder)
            .Select(t => (t.Period, t.Version, new Icd10CmEdition((Icd10CmRelease)t.Table, CompanionsOf(t, tables)))));
        if (_icd10Cm.Count == 0)
        {
            throw new InvalidOperationException("No ICD-10-CM order file was found: a code-set folder needs icd10cm/fyYYYY/icd10cm_order_YYYY.txt");
        }

        _others = tables
            .Where(t => !IsIcd10CmCompanion(t.Kind) && t.Kind != SourceKind.Icd10CmOrder)
            .GroupBy(t => t.Kind)
            .ToDictionary(g => g.Key, g => new VersionedReleases<LoadedTable>(g.Select(t => (t.Period, t.Version, t))));
        Tables = tables;
    }

    public LoadReport Report { get; }

    public IReadOnlyList<LoadedTable> Tables { get; }

    public IEnumerable<LoadedTable> ReleasesOf(SourceKind kind) => Tables.Where(t => t.Kind == kind).OrderBy(t => t.Period.From);

    public IEnumerable<Icd10CmEdition> Icd10CmEditions => _icd10Cm.All.Select(r => r.Release);

    /// <summary>Every table loaded, and how each edition read the Alphabetic Index's codes (valid, expanded, mapped, dropped).</summary>
    public IReadOnlyList<LoadedVersion> Versions =>
        [.. Tables.Select(t => new LoadedVersion(t.Kind.ToString(), t.Version, t.Period, t.Kind.Describe(t.Table)))
            .Concat(_icd10Cm.All.Where(e => e.Release.AlphabeticIndex is not null).Select(e => new LoadedVersion(
                SourceKind.Icd10CmAlphabeticIndex.ToString(), $"FY{e.Release.AlphabeticIndex!.Index.FiscalYear} index in {e.Version}", e.Period, e.Release.AlphabeticIndex.Describe())))
            .OrderBy(v => v.System, StringComparer.Ordinal).ThenBy(v => v.Period.From)];

    /// <summary>Only the ICD-10-CM edition is pinned; the other tables stay those of the date of service.</summary>
    public CodeSetSnapshot For(DateOnly dateOfService, string? pinnedIcd10CmVersion)
    {
        var dated = For(dateOfService);
        if (string.IsNullOrEmpty(pinnedIcd10CmVersion))
        {
            return dated;
        }

        var icd10Cm = _icd10Cm.Named(pinnedIcd10CmVersion, dateOfService) ?? dated.Icd10Cm;
        return new CodeSetSnapshot(dateOfService, icd10Cm, dated.Tables, pinnedIcd10CmVersion);
    }

    /// <summary>Snapshots are immutable, so one per date of service is kept (claims cluster on few dates).</summary>
    public CodeSetSnapshot For(DateOnly dateOfService)
    {
        if (_snapshots.TryGetValue(dateOfService, out var snapshot))
        {
            return snapshot;
        }

        if (_snapshots.Count > 20_000)
        {
            _snapshots.Clear();
        }

        return _snapshots.GetOrAdd(dateOfService, date => new CodeSetSnapshot(date, _icd10Cm.For(date)!, [.. _others.Values.Select(v => v.For(date)!)]));
    }

    /// <summary>Loads the configured folders (a host's settings, see <see cref="CodeSetLocations.FromEnvironment"/>).</summary>
    public static CodeSetLibrary Load(CodeSetLocations locations)
    {
        ArgumentNullException.ThrowIfNull(locations);
        return Load(locations.Roots, locations.CacheDirectory);
    }

    /// <summary>
    /// Scans the folders (default: the shipped one), then reads the cache for exactly these files or parses them (and
    /// writes the cache).
    /// </summary>
    public static CodeSetLibrary Load(IReadOnlyList<string>? roots = null, string? cacheDirectory = null)
    {
        var stopwatch = Stopwatch.StartNew();
        var files = Merge((roots ?? CodeSetLocations.Shipped.Roots).Select(CodeSetLayout.Scan));
        var cachePath = CodeSetCache.PathFor(cacheDirectory ?? CodeSetLocations.DefaultCacheDirectory, CodeSetCache.KeyOf(files));
        var tables = CodeSetCache.TryRead(cachePath);
        var fromCache = tables is not null;
        if (tables is null)
        {
            tables = TableParsers.ParseAll(files);
            CodeSetCache.TryWrite(cachePath, tables);
        }

        return new CodeSetLibrary(tables, new LoadReport(files.Count, fromCache, cachePath, stopwatch.Elapsed));
    }

    /// <summary>A file of a later folder replaces the earlier folder's file of the same kind and version.</summary>
    private static IReadOnlyList<SourceFile> Merge(IEnumerable<IReadOnlyList<SourceFile>> roots) =>
        [.. roots.SelectMany(files => files).GroupBy(f => (f.Kind, f.Version)).Select(g => g.Last())];

    /// <summary>
    /// The tables of an ICD-10-CM order file's fiscal year; and, of a kind that serves later editions, the latest
    /// earlier release when the year has none of its own (a FY2025 index for FY2026).
    /// </summary>
    private static List<LoadedTable> CompanionsOf(LoadedTable order, IReadOnlyList<LoadedTable> tables)
    {
        var companions = tables.Where(o => o.Kind != SourceKind.Icd10CmOrder && IsIcd10CmCompanion(o.Kind) && o.Period == order.Period).ToList();
        var carried = tables
            .Where(o => o.Kind.ServesLaterEditions && o.Period.From < order.Period.From && !companions.Exists(c => c.Kind == o.Kind))
            .GroupBy(o => o.Kind)
            .Select(g => g.MaxBy(o => o.Period.From)!);
        return [.. companions, .. carried];
    }

    private static bool IsIcd10CmCompanion(SourceKind kind) => kind.ToString().StartsWith("Icd10Cm", StringComparison.Ordinal);
}

public sealed record LoadReport(int SourceFiles, bool FromCache, string CachePath, TimeSpan Elapsed);
