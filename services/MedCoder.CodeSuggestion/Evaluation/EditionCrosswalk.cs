using System.Collections.Concurrent;
using MedCoder.CodeSets.Icd10Cm;

namespace MedCoder.CodeSuggestion.Evaluation;

/// <summary>
/// Gold codes of an older ICD-10-CM edition matched by their successors in the current one. CodiEsp was coded
/// with the 2018 edition: its "r51" (headache) is R51.0 / R51.9 since FY2021, "m54.5" is M54.50–M54.59 since FY2022.
/// An engine coding today's edition can only write the successors; the CMS conversion table says which they are.
/// </summary>
public sealed class EditionCrosswalk(ConversionTable? conversion)
{
    private readonly ConcurrentDictionary<string, HashSet<string>> _successors = new(StringComparer.Ordinal);

    public static EditionCrosswalk None { get; } = new(null);

    /// <summary>Whether <paramref name="predicted"/> replaced <paramref name="gold"/> (both lower case with dot, as scored).</summary>
    public bool Replaces(string predicted, string gold) => conversion is not null && SuccessorsOf(gold).Contains(predicted);

    /// <summary>
    /// Each document's predictions with a successor of a gold code (not itself gold) written as that gold code; the
    /// first-ranked successor takes the gold code, later ones stay as they are.
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlyList<RankedCode>> Apply(
        IReadOnlyDictionary<string, IReadOnlySet<string>> gold,
        IReadOnlyDictionary<string, IReadOnlyList<RankedCode>> predictions)
    {
        if (conversion is null)
        {
            return predictions;
        }

        var result = new Dictionary<string, IReadOnlyList<RankedCode>>(StringComparer.Ordinal);
        foreach (var (document, ranked) in predictions)
        {
            var expected = gold.GetValueOrDefault(document) ?? new HashSet<string>();
            var taken = new HashSet<string>(ranked.Select(r => CodiEspScorer.Normalize(r.Code)).Where(expected.Contains), StringComparer.Ordinal);
            result[document] = ranked.Select(r =>
            {
                var code = CodiEspScorer.Normalize(r.Code);
                if (expected.Contains(code))
                {
                    return r;
                }

                var replaced = expected.FirstOrDefault(g => !taken.Contains(g) && Replaces(code, g));
                return replaced is not null && taken.Add(replaced) ? r with { Code = replaced } : r;
            }).ToList();
        }

        return result;
    }

    private HashSet<string> SuccessorsOf(string gold) => _successors.GetOrAdd(gold, code =>
        conversion!.NewCodesFor(code).Select(e => Icd10CmFormat.WithDot(Icd10CmFormat.WithoutDot(e.Code)).ToLowerInvariant()).ToHashSet(StringComparer.Ordinal));
}
