using System.Globalization;
using System.Text.RegularExpressions;
using MedCoder.CodeSets.Versioning;

namespace MedCoder.CodeSets.Library;

/// <summary>
/// Recognises the files of a code-set folder by path, the way CMS and CDC name them, and dates each
/// release (fiscal year folders, quarter folders, effective dates in file names). A release is a data
/// drop: adding a folder such as icd10cm/fy2027/ adds a version without a code change.
/// </summary>
public static partial class CodeSetLayout
{
    private static readonly EffectivePeriod Always = new(DateOnly.MinValue, DateOnly.MaxValue);

    private static readonly (Regex Pattern, SourceKind Kind, Func<Match, (string Version, EffectivePeriod Period)> Date)[] Rules =
    [
        (Rule(@"^icd10cm/fy(\d{4})/icd10cm_order_\d{4}\.txt(\.gz)?$"), SourceKind.Icd10CmOrder, FiscalYear("ICD-10-CM")),
        (Rule(@"^icd10cm/fy(\d{4})/icd10cm_codes_\d{4}\.txt(\.gz)?$"), SourceKind.Icd10CmValidCodes, FiscalYear("ICD-10-CM")),
        (Rule(@"^icd10cm/fy(\d{4})/icd10cm_order_addenda_\d{4}\.txt(\.gz)?$"), SourceKind.Icd10CmOrderAddenda, FiscalYear("ICD-10-CM")),
        (Rule(@"^icd10cm/fy(\d{4})/icd10cm_codes_addenda_\d{4}\.txt(\.gz)?$"), SourceKind.Icd10CmCodesAddenda, FiscalYear("ICD-10-CM")),
        (Rule(@"^icd10cm/fy(\d{4})/[^/]*conversion-table[^/]*\.tsv(\.gz)?$"), SourceKind.Icd10CmConversionTable, FiscalYear("ICD-10-CM")),
        (Rule(@"^icd10cm/fy(\d{4})/poa-exempt/poaexemptcodesfy\d{2}\.txt(\.gz)?$"), SourceKind.Icd10CmPoaExempt, FiscalYear("ICD-10-CM")),
        (Rule(@"^icd10cm/fy(\d{4})/derived/[^/]*instructional_notes[^/]*\.json(\.gz)?$"), SourceKind.Icd10CmNotesDerived, FiscalYear("ICD-10-CM")),
        (Rule(@"^icd10cm/legacy-fy(\d{4})/icd10cm_tabular_\d{4}\.xml(\.gz)?$"), SourceKind.Icd10CmTabularLegacy, FiscalYear("ICD-10-CM tabular")),
        (Rule(@"^icd10cm/fy(\d{4})(-[a-z0-9-]+)?/icd10cm-drug-[^/]*\.xml(\.gz)?$"), SourceKind.Icd10CmDrugTable, FiscalYear("ICD-10-CM")),
        (Rule(@"^icd10cm/fy(\d{4})(-[a-z0-9-]+)?/icd10cm-neoplasm-[^/]*\.xml(\.gz)?$"), SourceKind.Icd10CmNeoplasmTable, FiscalYear("ICD-10-CM")),
        (Rule(@"^icd10cm/fy(\d{4})(-[a-z0-9-]+)?/icd10cm-eindex-[^/]*\.xml(\.gz)?$"), SourceKind.Icd10CmExternalCauseIndex, FiscalYear("ICD-10-CM")),
        (Rule(@"^icd10pcs/fy(\d{4})/icd10pcs_order_\d{4}\.txt(\.gz)?$"), SourceKind.Icd10PcsOrder, FiscalYear("ICD-10-PCS")),
        (Rule(@"^icd10pcs/fy(\d{4})/icd10pcs_order_addenda_\d{4}\.txt(\.gz)?$"), SourceKind.Icd10PcsOrderAddenda, FiscalYear("ICD-10-PCS")),
        (Rule(@"^hcpcs/(\d{4})-(\d{2})/[^/]*\.tsv(\.gz)?$"), SourceKind.Hcpcs, m => Quarter("HCPCS", Number(m, 1), Number(m, 2))),
        (Rule(@"^mce/mce_edits_fy(\d{4})[^/]*\.json(\.gz)?$"), SourceKind.MceEdits, FiscalYear("MCE")),
        (Rule(@"^ncci/[^/]*mue[^/]*eff_(\d{2})-\d{2}-(\d{4})[^/]*\.tsv(\.gz)?$"), SourceKind.Mue, m => Quarter("MUE", Number(m, 2), Number(m, 1))),
        (Rule(@"^ncci/[^/]*aoc[^/]*?(\d{4})q([1-4])[^/]*\.json(\.gz)?$"), SourceKind.AddOnCodeEdits, m => Quarter("NCCI AOC", Number(m, 1), (Number(m, 2) * 3) - 2)),
        (Rule(@"^reference/pos[^/]*\.json(\.gz)?$"), SourceKind.PlaceOfService, _ => ("POS", Always)),
        (Rule(@"^cpt/[^/]*\.tsv$"), SourceKind.LicensedCpt, _ => ("CPT (licensed file)", Always)),
    ];

    /// <summary>Every recognised file under the folder; unrecognised files (PDFs, notes) are ignored.</summary>
    public static IReadOnlyList<SourceFile> Scan(string root)
    {
        if (!Directory.Exists(root))
        {
            throw new DirectoryNotFoundException($"Code-set folder not found: {root}");
        }

        var files = new List<SourceFile>();
        foreach (var path in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(root, path).Replace('\\', '/');
            foreach (var (pattern, kind, date) in Rules)
            {
                var match = pattern.Match(relative);
                if (match.Success)
                {
                    var (version, period) = date(match);
                    files.Add(new SourceFile(kind, path, relative, version, period));
                    break;
                }
            }
        }

        return files;
    }

    private static Regex Rule(string pattern) => new(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private static Func<Match, (string, EffectivePeriod)> FiscalYear(string system) =>
        m => ($"{system} FY{m.Groups[1].Value}", EffectivePeriod.FiscalYear(Number(m, 1)));

    private static (string, EffectivePeriod) Quarter(string system, int year, int month) =>
        (string.Create(CultureInfo.InvariantCulture, $"{system} {year}Q{((month - 1) / 3) + 1}"), EffectivePeriod.QuarterStarting(year, month));

    private static int Number(Match match, int group) => int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture);
}
