using MedCoder.CodeSets.Files;
using MedCoder.CodeSets.Icd10Cm;
using MedCoder.CodeSets.Library;

namespace MedCoder.CodeSets.Import;

/// <summary>
/// Checks a new release folder before it is installed: every file parses (else the error names file and
/// line), counts are reported, and codes that disappear since the previous year without a conversion
/// entry are listed. Installing copies the files; nothing is copied when any check fails.
/// </summary>
public static class ReleaseImport
{
    public static ImportReport Validate(string folder, ICodeSets current)
    {
        IReadOnlyList<SourceFile> files;
        try
        {
            files = CodeSetLayout.Scan(folder);
        }
        catch (DirectoryNotFoundException ex)
        {
            return new ImportReport([], [ex.Message], []);
        }

        if (files.Count == 0)
        {
            return new ImportReport([], [$"{folder}: no recognised code-set file (expected the layout of the shipped data folder, e.g. icd10cm/fy2027/icd10cm_order_2027.txt)"], []);
        }

        IReadOnlyList<LoadedTable> tables;
        try
        {
            tables = TableParsers.ParseAll(files);
        }
        catch (Exception ex) when (ex is FormatException or InvalidDataException or IOException or System.Text.Json.JsonException or System.Xml.XmlException)
        {
            return new ImportReport([], [ex is CodeSetFormatException ? ex.Message : $"{ex.GetType().Name}: {ex.Message}"], []);
        }

        var imported = tables.Select(t => new ImportedFile(t.RelativePath, t.Kind.ToString(), t.Version, t.Kind.Describe(t.Table))).ToList();
        return new ImportReport(imported, [.. CodesFileMismatches(tables)], [.. DeletedWithoutConversion(tables, current)]);
    }

    /// <summary>CMS publishes the billable codes twice (order file and codes file); a release whose two lists disagree is inconsistent.</summary>
    private static IEnumerable<string> CodesFileMismatches(IReadOnlyList<LoadedTable> tables)
    {
        foreach (var valid in tables.Where(t => t.Kind == SourceKind.Icd10CmValidCodes))
        {
            if (tables.FirstOrDefault(t => t.Kind == SourceKind.Icd10CmOrder && t.Version == valid.Version)?.Table is not Icd10CmRelease release)
            {
                continue;
            }

            var (missing, extra) = ((ValidCodesList)valid.Table).CompareWith(release);
            if (missing.Count + extra.Count > 0)
            {
                yield return $"{valid.RelativePath}: disagrees with the order file of {valid.Version}: {missing.Count} billable codes missing ({string.Join(", ", missing.Take(5))}), {extra.Count} codes not billable there ({string.Join(", ", extra.Take(5))})";
            }
        }
    }

    /// <summary>Copies the release into the installed folder, keeping its layout.</summary>
    public static int Install(string folder, string target)
    {
        var files = CodeSetLayout.Scan(folder);
        foreach (var file in files)
        {
            var destination = Path.Combine(target, file.RelativePath);
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file.Path, destination, overwrite: true);
        }

        return files.Count;
    }

    private static IEnumerable<string> DeletedWithoutConversion(IReadOnlyList<LoadedTable> tables, ICodeSets current)
    {
        foreach (var release in tables.Where(t => t.Kind == SourceKind.Icd10CmOrder).Select(t => (Icd10CmRelease)t.Table))
        {
            var previous = current.Icd10CmEditions.LastOrDefault(e => e.FiscalYear == release.FiscalYear - 1);
            if (previous is null)
            {
                continue;
            }

            var converted = ConvertedCodes(tables, release.FiscalYear);
            var missing = previous.Codes.Codes
                .Where(c => c.Billable && release.Find(c.Code) is null && !converted.Contains(c.Code))
                .Select(c => c.Dotted)
                .ToList();
            if (missing.Count > 0)
            {
                yield return $"{release.Version}: {missing.Count} billable codes of {previous.Codes.Version} are gone without a conversion-table entry: {string.Join(", ", missing.Take(10))}{(missing.Count > 10 ? ", ..." : string.Empty)}";
            }
        }
    }

    /// <summary>Previous codes named by the release's conversion table, when it has one.</summary>
    private static HashSet<string> ConvertedCodes(IReadOnlyList<LoadedTable> tables, int fiscalYear) =>
        tables.Where(t => t.Kind == SourceKind.Icd10CmConversionTable && t.Period.To.Year == fiscalYear)
            .SelectMany(t => PreviousCodesOf(t.Table))
            .ToHashSet(StringComparer.Ordinal);

    private static IEnumerable<string> PreviousCodesOf(ICacheable table) =>
        table is ConversionTable conversion ? conversion.Entries.SelectMany(e => e.PreviousCodes).Select(Icd10CmFormat.WithoutDot) : [];
}
