namespace MedCoder.Coding.Training.Evaluation;

/// <summary>
/// Scores predicted codes against gold codes the way the CodiEsp track does (sub-tasks D and P):
/// <list type="bullet">
/// <item>Codes are compared lowercase, as written (ICD-10-CM with its dot, ICD-10-PCS without); a
/// document's predictions are de-duplicated, the first (best-ranked) occurrence kept.</item>
/// <item>Micro precision, recall and F1 over all (document, code) pairs of the evaluated documents.</item>
/// <item>MAP: the mean, over the evaluated documents that have gold codes, of each document's average
/// precision — the sum of precision@k over the ranks k that hold a gold code, divided by the
/// document's number of gold codes. A gold document without predictions scores 0.</item>
/// </list>
/// The evaluated documents are the gold documents unless given. Predictions for documents outside
/// that set are ignored (counted in <see cref="CodiEspScores.IgnoredPredictions"/>); an evaluated
/// document without gold codes adds its predictions to the false positives (lowering precision) and
/// plays no part in MAP. The official CodiEsp script evaluates the gold documents only.
/// </summary>
public static class CodiEspScorer
{
    public const int ReliabilityBins = 10;

    /// <param name="gold">Gold codes per document.</param>
    /// <param name="predictions">Predicted codes per document, best first (by confidence, highest first).</param>
    /// <param name="documents">The evaluated documents; default: the gold documents.</param>
    public static CodiEspScores Score(
        IReadOnlyDictionary<string, IReadOnlySet<string>> gold,
        IReadOnlyDictionary<string, IReadOnlyList<RankedCode>> predictions,
        IReadOnlyCollection<string>? documents = null)
    {
        var evaluated = (documents ?? gold.Keys).ToHashSet(StringComparer.Ordinal);
        var bins = new BinCounter();
        int goldCodes = 0, predicted = 0, truePositives = 0, goldDocuments = 0;
        var averagePrecisionSum = 0.0;

        foreach (var document in evaluated)
        {
            var expected = gold.TryGetValue(document, out var codes) ? codes.Select(Normalize).ToHashSet(StringComparer.Ordinal) : [];
            var ranked = predictions.TryGetValue(document, out var list) ? Distinct(list) : [];
            var hits = 0;
            var precisionAtHits = 0.0;
            for (var k = 1; k <= ranked.Count; k++)
            {
                var correct = expected.Contains(ranked[k - 1].Code);
                bins.Add(ranked[k - 1].Confidence, correct);
                if (correct)
                {
                    hits++;
                    precisionAtHits += (double)hits / k;
                }
            }

            goldCodes += expected.Count;
            predicted += ranked.Count;
            truePositives += hits;
            if (expected.Count > 0)
            {
                goldDocuments++;
                averagePrecisionSum += precisionAtHits / expected.Count;
            }
        }

        var precision = predicted == 0 ? 0 : (double)truePositives / predicted;
        var recall = goldCodes == 0 ? 0 : (double)truePositives / goldCodes;
        var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        var map = goldDocuments == 0 ? 0 : averagePrecisionSum / goldDocuments;
        var ignored = predictions.Where(p => !evaluated.Contains(p.Key)).Sum(p => Distinct(p.Value).Count);
        return new CodiEspScores(evaluated.Count, goldCodes, predicted, truePositives, precision, recall, f1, map, bins.ToBins(), ignored);
    }

    /// <summary>
    /// The same scores at the category level: every code cut to its first three characters (an ICD-10-CM
    /// category: E11.42 → e11), a document's categories de-duplicated, the best-ranked occurrence kept.
    /// </summary>
    public static CodiEspScores ScoreCategories(
        IReadOnlyDictionary<string, IReadOnlySet<string>> gold,
        IReadOnlyDictionary<string, IReadOnlyList<RankedCode>> predictions,
        IReadOnlyCollection<string>? documents = null) =>
        Score(
            gold.ToDictionary(d => d.Key, IReadOnlySet<string> (d) => d.Value.Select(Category).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal),
            predictions.ToDictionary(p => p.Key, IReadOnlyList<RankedCode> (p) => [.. p.Value.Select(r => r with { Code = Category(r.Code) })], StringComparer.Ordinal),
            documents);

    /// <summary>
    /// First-listed diagnosis: over the documents of <paramref name="gold"/> (document → its first-listed code),
    /// how many have the same code first in <paramref name="predicted"/> (document → the engine's first code of that
    /// system, in the engine's sequence, not by confidence). A document without a prediction counts as wrong.
    /// </summary>
    public static FirstListedScore FirstListed(IReadOnlyDictionary<string, string> gold, IReadOnlyDictionary<string, string> predicted) =>
        new(gold.Count, gold.Count(g => predicted.TryGetValue(g.Key, out var code) && Normalize(code) == Normalize(g.Value)));

    public static string Category(string code) => Normalize(code) is { Length: > 3 } normalized ? normalized[..3] : Normalize(code);

    /// <summary>Gold lines grouped into a set of codes per document.</summary>
    public static IReadOnlyDictionary<string, IReadOnlySet<string>> ByDocument(IEnumerable<GoldCode> gold) =>
        gold.GroupBy(g => g.Document, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, IReadOnlySet<string> (g) => g.Select(c => Normalize(c.Code)).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);

    public static string Normalize(string code) => code.Trim().ToLowerInvariant();

    private static List<RankedCode> Distinct(IReadOnlyList<RankedCode> ranked)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return ranked.Select(r => r with { Code = Normalize(r.Code) }).Where(r => seen.Add(r.Code)).ToList();
    }

    private sealed class BinCounter
    {
        private readonly int[] _predictions = new int[ReliabilityBins];
        private readonly int[] _correct = new int[ReliabilityBins];
        private readonly double[] _confidenceSum = new double[ReliabilityBins];

        public void Add(double? confidence, bool correct)
        {
            if (confidence is not { } value)
            {
                return;
            }

            // The epsilon puts a computed 0.7 - 0.4 (0.29999999999999993) in the 0.3 bin, as printed; 1.0 goes to the last bin.
            var bin = Math.Clamp((int)Math.Floor((value * ReliabilityBins) + 1e-9), 0, ReliabilityBins - 1);
            _predictions[bin]++;
            _correct[bin] += correct ? 1 : 0;
            _confidenceSum[bin] += value;
        }

        public IReadOnlyList<ReliabilityBin> ToBins() =>
            Enumerable.Range(0, ReliabilityBins)
                .Select(i => new ReliabilityBin(
                    (double)i / ReliabilityBins,
                    (double)(i + 1) / ReliabilityBins,
                    _predictions[i],
                    _correct[i],
                    _predictions[i] == 0 ? null : _confidenceSum[i] / _predictions[i]))
                .ToList();
    }
}
