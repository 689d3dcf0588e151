using MedCoder.CodeSets.Library;

namespace MedCoder.CodeSets.Search;

/// <summary>What ICD-10-CM search looks through: each code's description and its inclusion terms.</summary>
public static class Icd10CmSearchEntries
{
    public static IEnumerable<SearchEntry> For(Icd10CmEdition edition) =>
        edition.Codes.Codes.Select(c => new SearchEntry(c.Code, c.Dotted, c.LongDescription, c.Billable, edition.InclusionTerms(c.Code)));
}
