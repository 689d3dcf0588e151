using System.Collections.Concurrent;
using MedCoder.CodeSets.Icd10Cm;

namespace MedCoder.Coding.Training.Evaluation;

/// <summary>
/// Matches gold codes written by CodiEsp's conventions with the codes an engine must write today:
/// <list type="bullet">
/// <item>Edition: CodiEsp was coded with the 2018 edition — its "r51" (headache) is R51.0 / R51.9 since FY2021, "m54.5"
/// is M54.50–M54.59 since FY2022; the CMS conversion table lists the successors.</item>
/// <item>Episode of care: CodiEsp leaves out the 7th character ("t14.90", "w19.xxx"); a prediction that is the gold
/// code completed with placeholder X's and a 7th character (T14.90XA, W19.XXXA) codes the same injury.</item>
/// </list>
/// </summary>
public sealed class GoldCrosswalk(ConversionTable? conversion)
{
    private readonly ConcurrentDictionary<string, HashSet<string>> _successors = new(StringComparer.Ordinal);

    public static GoldCrosswalk None { get; } = new(null);

    /// <summary>Whether <paramref name="predicted"/> replaced <paramref name="gold"/> (both lower case with dot, as scored).</summary>
    public bool Replaces(string predicted, string gold) =>
        conversion is not null && (SuccessorsOf(gold).Contains(predicted) || CompletesEpisode(predicted, gold));

    /// <summary>predicted = gold + placeholder x's + 7th character, as an 8-character code with dot.</summary>
    private static bool CompletesEpisode(string predicted, string gold)
    {
        if (predicted.Length != 8 || gold.Length >= 8 || !predicted.StartsWith(gold, StringComparison.Ordinal))
        {
            return false;
        }

        for (var i = gold.Length; i < 7; i++)
        {
            if (predicted[i] != 'x')
            {
                return false;
            }
        }

        return true;
    }

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
