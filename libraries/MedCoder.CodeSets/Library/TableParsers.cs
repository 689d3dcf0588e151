using System.Globalization;
using MedCoder.CodeSets.Files;
using MedCoder.CodeSets.Cpt;
using MedCoder.CodeSets.Edits;
using MedCoder.CodeSets.Hcpcs;
using MedCoder.CodeSets.Icd10Cm;
using MedCoder.CodeSets.Icd10Pcs;

namespace MedCoder.CodeSets.Library;

/// <summary>Parses each recognised file with its loader. ICD-10-CM order files go first: later tables check codes against them.</summary>
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
        var orders = files.Where(f => f.Kind == SourceKind.Icd10CmOrder).AsParallel()
            .Select(f => new LoadedTable(f.Kind, f.Version, f.Period, f.RelativePath, OrderFileReader.Load(f.Path, FiscalYear(f))))
            .ToList();
        var context = new ParseContext(files, orders.ToDictionary(t => t.Version, t => (Icd10CmRelease)t.Table, StringComparer.Ordinal));
        var others = files.Where(f => f.Kind != SourceKind.Icd10CmOrder).AsParallel()
            .Select(f => Parse(f, context))
            .Where(t => t is not null)
            .Select(t => t!)
            .ToList();
        return [.. orders, .. others];
    }

    private static LoadedTable? Parse(SourceFile file, ParseContext context)
    {
        ICacheable? table = file.Kind switch
        {
            SourceKind.Icd10CmValidCodes => ValidCodesList.Load(file.Path),
            SourceKind.Icd10CmOrderAddenda or SourceKind.Icd10CmCodesAddenda => Icd10CmAddenda.Load(file.Path),
            SourceKind.Icd10CmConversionTable => ConversionTable.Load(file.Path),
            SourceKind.Icd10CmPoaExempt => PoaExemptList.Load(file.Path),
            SourceKind.Icd10CmNotesDerived => TabularNotes.Load(file.Path, context.Find(SourceKind.Icd10CmTabularLegacy)?.Path, context.Release(file)),
            SourceKind.Icd10CmDrugTable => DrugTable.Load(file.Path),
            SourceKind.Icd10CmNeoplasmTable => NeoplasmTable.Load(file.Path),
            SourceKind.Icd10CmExternalCauseIndex => ExternalCauseIndex.Load(file.Path),
            SourceKind.Icd10PcsOrder => Icd10PcsRelease.Load(file.Path, FiscalYear(file)),
            SourceKind.Icd10PcsOrderAddenda => Icd10PcsOrderAddenda.Load(file.Path),
            SourceKind.Hcpcs => HcpcsRelease.Load(file.Path),
            SourceKind.MceEdits => MceEdits.Load(file.Path),
            SourceKind.Mue => MueTable.Load(file.Path),
            SourceKind.AddOnCodeEdits => AddOnCodeEdits.Load(file.Path),
            SourceKind.PlaceOfService => PlaceOfServiceCodes.Load(file.Path),
            SourceKind.LicensedCpt => LicensedCptFile.Load(file.Path),
            _ => null, // the FY2021 tabular is read together with the derived notes it completes
        };
        return table is null ? null : new LoadedTable(file.Kind, file.Version, file.Period, file.RelativePath, table);
    }

    internal static int FiscalYear(SourceFile file) => file.Period.To.Year;

    /// <summary>What a parser may need besides its own file: the other files and the parsed code lists.</summary>
    internal sealed record ParseContext(IReadOnlyList<SourceFile> Files, IReadOnlyDictionary<string, Icd10CmRelease> Icd10CmByVersion)
    {
        public Icd10CmRelease? NewestIcd10Cm => Icd10CmByVersion.Values.MaxBy(r => r.FiscalYear);

        public SourceFile? Find(SourceKind kind) => Files.LastOrDefault(f => f.Kind == kind);

        /// <summary>The ICD-10-CM codes of the file's fiscal year: notes are kept only for codes that exist in it.</summary>
        public Icd10CmRelease Release(SourceFile file) =>
            Icd10CmByVersion.TryGetValue(file.Version, out var release)
                ? release
                : throw new CodeSetFormatException(file.Path, 1, $"no ICD-10-CM order file of {file.Version} to check its codes against");

        public static string Describe(int count, string what) => string.Create(CultureInfo.InvariantCulture, $"{count:N0} {what}");
    }
}
