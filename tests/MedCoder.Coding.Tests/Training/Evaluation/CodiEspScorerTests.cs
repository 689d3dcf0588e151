using MedCoder.Coding.Training.Evaluation;

namespace MedCoder.Coding.Tests.Training.Evaluation;

public sealed class CodiEspScorerTests
{
    private const int Digits = 10;

    [Fact]
    public void Micro_scores_and_map_match_the_hand_computation()
    {
        var gold = Gold(("d1", "a10.1"), ("d1", "b20"), ("d1", "c30"), ("d2", "x1"));
        var predictions = Predictions(
            ("d1", "A10.1", 0.9), ("d1", "z99", 0.8), ("d1", "c30", 0.7),
            ("d2", "y2", 0.6), ("d2", "x1", 0.5));

        var scores = CodiEspScorer.Score(gold, predictions);

        // True positives: d1 {a10.1, c30} + d2 {x1} = 3; predicted 3 + 2 = 5; gold 3 + 1 = 4.
        Assert.Equal((2, 4, 5, 3), (scores.Documents, scores.GoldCodes, scores.PredictedCodes, scores.TruePositives));
        Assert.Equal(3.0 / 5, scores.Precision, Digits);                     // 0.6
        Assert.Equal(3.0 / 4, scores.Recall, Digits);                        // 0.75
        Assert.Equal(2 * 0.6 * 0.75 / (0.6 + 0.75), scores.F1, Digits);      // 0.9 / 1.35 = 0.6667
        // AP(d1): hits at ranks 1 and 3 → (1/1 + 2/3) / 3 gold = 5/9.
        // AP(d2): hit at rank 2 → (1/2) / 1 gold = 1/2.
        // MAP = (5/9 + 1/2) / 2 = 19/36 = 0.5278.
        Assert.Equal(19.0 / 36, scores.MeanAveragePrecision, Digits);
    }

    [Fact]
    public void Codes_compare_lowercase_and_a_repeated_prediction_counts_once()
    {
        var gold = Gold(("d1", "S22.49XA"), ("d1", "b20"));
        var predictions = Predictions(("d1", "s22.49xa", 0.9), ("d1", "S22.49XA", 0.8), ("d1", "B20", 0.7));

        var scores = CodiEspScorer.Score(gold, predictions);

        // De-duplicated ranking [s22.49xa, b20]: 2 of 2 right; AP = (1/1 + 2/2) / 2 = 1.
        Assert.Equal((2, 2), (scores.PredictedCodes, scores.TruePositives));
        Assert.Equal(1.0, scores.Precision, Digits);
        Assert.Equal(1.0, scores.MeanAveragePrecision, Digits);
    }

    [Fact]
    public void A_gold_document_without_predictions_scores_zero_and_other_documents_are_ignored()
    {
        var gold = Gold(("d1", "a1"), ("d2", "b2"));
        var predictions = Predictions(("d1", "a1", 0.9), ("d3", "c3", 0.9), ("d3", "c4", 0.8));

        var scores = CodiEspScorer.Score(gold, predictions);

        // Evaluated: d1, d2. TP 1, predicted 1 (d3 ignored), gold 2 → P = 1, R = 1/2.
        // MAP = (AP(d1) = 1 + AP(d2) = 0) / 2 = 0.5.
        Assert.Equal((2, 1, 1, 2), (scores.Documents, scores.PredictedCodes, scores.TruePositives, scores.IgnoredPredictions));
        Assert.Equal(1.0, scores.Precision, Digits);
        Assert.Equal(0.5, scores.Recall, Digits);
        Assert.Equal(0.5, scores.MeanAveragePrecision, Digits);
    }

    [Fact]
    public void An_evaluated_document_without_gold_adds_false_positives_but_no_average_precision()
    {
        var gold = Gold(("d1", "a1"), ("d2", "b2"));
        var predictions = Predictions(("d1", "a1", 0.9), ("d3", "c3", 0.9));

        var scores = CodiEspScorer.Score(gold, predictions, ["d1", "d2", "d3"]);

        // TP 1 of predicted 2 (d1's a1, d3's c3) → P = 1/2; R = 1/2; MAP still over d1 and d2 = (1 + 0) / 2.
        Assert.Equal((3, 2, 0), (scores.Documents, scores.PredictedCodes, scores.IgnoredPredictions));
        Assert.Equal(0.5, scores.Precision, Digits);
        Assert.Equal(0.5, scores.Recall, Digits);
        Assert.Equal(0.5, scores.MeanAveragePrecision, Digits);
    }

    [Fact]
    public void Category_scores_cut_codes_to_three_characters_and_count_a_category_once()
    {
        var gold = Gold(("d1", "E11.42"), ("d1", "I10"), ("d2", "N20.1"));
        var predictions = Predictions(
            ("d1", "E11.9", 0.9), ("d1", "E11.65", 0.8), ("d1", "Z79.84", 0.7),
            ("d2", "K80.20", 0.6));

        var scores = CodiEspScorer.ScoreCategories(gold, predictions);

        // Gold categories: d1 {e11, i10}, d2 {n20} = 3. Predicted: d1 [e11, z79] (e11 once), d2 [k80] = 3; right: e11.
        Assert.Equal((3, 3, 1), (scores.GoldCodes, scores.PredictedCodes, scores.TruePositives));
        Assert.Equal(1.0 / 3, scores.Precision, Digits);
        Assert.Equal(1.0 / 3, scores.Recall, Digits);
        // Exact match gets none of them.
        Assert.Equal(0, CodiEspScorer.Score(gold, predictions).TruePositives);
    }

    [Fact]
    public void First_listed_counts_documents_whose_first_code_is_the_gold_first_code()
    {
        var gold = new Dictionary<string, string> { ["d1"] = "E11.42", ["d2"] = "I11.0", ["d3"] = "Z09" };
        var predicted = new Dictionary<string, string> { ["d1"] = "e11.42", ["d2"] = "I50.32", ["d4"] = "Z09" };

        var score = CodiEspScorer.FirstListed(gold, predicted);

        // d1 right (case ignored), d2 wrong, d3 has no prediction; d4 is not a gold document.
        Assert.Equal((3, 1), (score.Documents, score.Right));
        Assert.Equal(1.0 / 3, score.Share, Digits);
        Assert.Equal(0, CodiEspScorer.FirstListed(new Dictionary<string, string>(), predicted).Share);
    }

    [Fact]
    public void Nothing_predicted_scores_zero_without_dividing_by_zero()
    {
        var scores = CodiEspScorer.Score(Gold(("d1", "a1")), Predictions());

        Assert.Equal((0.0, 0.0, 0.0, 0.0), (scores.Precision, scores.Recall, scores.F1, scores.MeanAveragePrecision));
    }

    [Fact]
    public void Reliability_table_buckets_confidences_in_tenths()
    {
        var gold = Gold(("d1", "a"), ("d1", "b"), ("d1", "c"));
        var predictions = Predictions(("d1", "a", 0.95), ("d1", "w", 0.91), ("d1", "b", 1.0), ("d1", "c", 0.7 - 0.4), ("d1", "x", 0.0));

        var bins = CodiEspScorer.Score(gold, predictions).Reliability;

        Assert.Equal(10, bins.Count);
        // [0.9, 1.0] holds 0.95 (right), 0.91 (wrong) and 1.0 (right): 2/3 observed, mean (0.95 + 0.91 + 1.0) / 3 = 0.9533.
        Assert.Equal((3, 2), (bins[9].Predictions, bins[9].Correct));
        Assert.Equal(2.0 / 3, bins[9].ObservedPrecision!.Value, Digits);
        Assert.Equal(2.86 / 3, bins[9].MeanConfidence!.Value, Digits);
        // 0.7 - 0.4 = 0.29999999999999993 in binary, shown as 0.3: it lands in [0.3, 0.4), right; 0.0 in [0.0, 0.1), wrong.
        Assert.Equal((1, 1.0), (bins[3].Predictions, bins[3].ObservedPrecision!.Value));
        Assert.Equal((1, 0.0), (bins[0].Predictions, bins[0].ObservedPrecision!.Value));
        Assert.All(new[] { 1, 2, 4, 5, 6, 7, 8 }, i => Assert.Null(bins[i].ObservedPrecision));
    }

    [Fact]
    public void Predictions_without_confidence_are_scored_but_not_binned()
    {
        var predictions = new Dictionary<string, IReadOnlyList<RankedCode>> { ["d1"] = [new RankedCode("a", null)] };

        var scores = CodiEspScorer.Score(Gold(("d1", "a")), predictions);

        Assert.Equal(1, scores.TruePositives);
        Assert.All(scores.Reliability, b => Assert.Equal(0, b.Predictions));
    }

    private static IReadOnlyDictionary<string, IReadOnlySet<string>> Gold(params (string Document, string Code)[] lines) =>
        CodiEspScorer.ByDocument(lines.Select(l => new GoldCode(l.Document, l.Code)));

    /// <summary>Rows in rank order, as the engine lists them (highest confidence first).</summary>
    private static Dictionary<string, IReadOnlyList<RankedCode>> Predictions(params (string Document, string Code, double Confidence)[] rows) =>
        rows.GroupBy(r => r.Document).ToDictionary(g => g.Key, IReadOnlyList<RankedCode> (g) => g.Select(r => new RankedCode(r.Code, r.Confidence)).ToList());
}
