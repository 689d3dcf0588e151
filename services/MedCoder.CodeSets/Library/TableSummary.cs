using System.Globalization;
using MedCoder.CodeSets.Files;
using MedCoder.CodeSets.Icd10Cm;

namespace MedCoder.CodeSets.Library;

/// <summary>One line on what a table holds, for listings and import reports.</summary>
public static class TableSummary
{
    public static string Describe(ICacheable table) => table switch
    {
        Icd10CmRelease release => string.Create(CultureInfo.InvariantCulture, $"{release.BillableCount:N0} billable codes, {release.Codes.Count - release.BillableCount:N0} headers"),
        _ => table.GetType().Name,
    };
}
