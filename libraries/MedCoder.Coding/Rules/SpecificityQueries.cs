using MedCoder.CodeSets.Icd10Cm;
using MedCoder.Contracts.Coding;

namespace MedCoder.Coding.Rules;

/// <summary>A condition the note names under a code-book category that has no code of its own and no default ("malignant neoplasm of breast").</summary>
public readonly record struct CategoryMention(string Category, EvidenceSpan Evidence);

/// <summary>
/// Documentation queries for conditions that cannot be coded as written: the category needs a detail the note does
/// not give (laterality, site or type) and the code book offers no unspecified default, so there is no claim code
/// to suggest (Guidelines I.B.1: code to the highest specificity documented; query the provider when it is missing).
/// </summary>
public static class SpecificityQueries
{
    public const string Topic = "code-specificity";

    public static IEnumerable<PhysicianQuery> For(IEnumerable<CategoryMention> mentions, IReadOnlyList<SuggestedCode> codes, Icd10CmRelease release)
    {
        foreach (var category in mentions.GroupBy(m => m.Category, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            // A code under the category was found from other words, or the condition is coded as past (its history code needs no
            // side): nothing is missing.
            var history = HistoryCodes.PersonalHistoryOf(category.Key);
            if (codes.Any(c => c.System == CodeSystems.Icd10Cm && Icd10CmFormat.WithoutDot(c.Code) is var code
                && (code.StartsWith(category.Key, StringComparison.Ordinal) || code == history)))
            {
                continue;
            }

            var title = release.Find(category.Key)?.LongDescription ?? category.Key;
            var detail = NeedsLaterality(category.Key, release) ? "laterality (right, left, bilateral)" : "site or type";
            yield return new PhysicianQuery(
                Topic,
                $"{title} ({Icd10CmFormat.WithDot(category.Key)}) is documented without the {detail} its code requires. Please clarify.",
                [.. category.Select(m => m.Evidence).Distinct()]);
        }
    }

    private static bool NeedsLaterality(string category, Icd10CmRelease release) =>
        release.Descendants(category).Any(code => release.Find(code)?.LongDescription is { } title
            && (title.Contains(" right ", StringComparison.OrdinalIgnoreCase) || title.Contains(" left ", StringComparison.OrdinalIgnoreCase)
                || title.EndsWith(" right", StringComparison.OrdinalIgnoreCase) || title.EndsWith(" left", StringComparison.OrdinalIgnoreCase)));
}
