using MedCoder.CodeSets.Icd10Cm;

namespace MedCoder.CodeSets.Library;

/// <summary>Parses each recognised file with its kind's parser. ICD-10-CM order files go first: later tables check codes against them.</summary>
public static class TableParsers
{
    public static IReadOnlyList<LoadedTable> ParseAll(IReadOnlyList<SourceFile> files)
    {
        try
        {
            return ParseInParallel(files);
        }
        catch (AggregateException parallel) when (parallel.InnerExceptions.Count > 0)
        {
            // Report the file's own error (file and line), not the parallel wrapper.
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(parallel.InnerExceptions[0]).Throw();
            throw;
        }
    }

    private static List<LoadedTable> ParseInParallel(IReadOnlyList<SourceFile> files)
    {
        var noCodesYet = new ParseContext(files, new Dictionary<string, Icd10CmRelease>(StringComparer.Ordinal));
        var orders = files.Where(f => f.Kind == SourceKind.Icd10CmOrder).AsParallel()
            .Select(f => Parse(f, noCodesYet)!)
            .ToList();
        var context = new ParseContext(files, orders.ToDictionary(t => t.Version, t => (Icd10CmRelease)t.Table, StringComparer.Ordinal));
        var others = files.Where(f => f.Kind != SourceKind.Icd10CmOrder).AsParallel()
            .Select(f => Parse(f, context))
            .Where(t => t is not null)
            .Select(t => t!)
            .ToList();
        return [.. orders, .. others];
    }

    private static LoadedTable? Parse(SourceFile file, ParseContext context) =>
        file.Kind.Parse(file, context) is { } table ? new LoadedTable(file.Kind, file.Version, file.Period, file.RelativePath, table) : null;
}
