using MedCoder.Coding.Learning;
using MedCoder.Coding.Training;
using MedCoder.Contracts.Coding;

namespace MedCoder.Coding.Tests.Training;

public sealed class RankingModelTests
{
    [Fact]
    public void Boosted_trees_learn_an_interaction_a_linear_score_cannot_and_are_deterministic()
    {
        // The label is true when exactly one of the two features is high (flipped in about 1 row in 10); the third feature is noise.
        var (rows, labels) = Interaction(800);

        var model = BoostedTreesFitter.Fit(rows, labels);

        Assert.True(model.Predict([0.9, 0.1, 0.5]) > 0.8, "one high → true");
        Assert.True(model.Predict([0.1, 0.9, 0.5]) > 0.8, "the other high → true");
        Assert.True(model.Predict([0.9, 0.9, 0.5]) < 0.2, "both high → false");
        Assert.True(model.Predict([0.1, 0.1, 0.5]) < 0.2, "neither → false");
        Assert.Equal(model.WriteTrees(), BoostedTreesFitter.Fit(rows, labels).WriteTrees());
    }

    [Fact]
    public void Boosted_trees_read_back_from_their_text_predict_exactly_as_trained()
    {
        var (rows, labels) = Interaction(300);
        var model = BoostedTreesFitter.Fit(rows, labels, new BoostedTreesFitter.Options(Trees: 20, Depth: 3, MinLeafRows: 10));

        var read = BoostedTrees.ReadTrees(model.Bias, model.WriteTrees());

        Assert.Equal(20, read.TreeCount);
        Assert.All(rows, x => Assert.Equal(model.Predict(x), read.Predict(x)));
    }

    [Fact]
    public void A_split_never_leaves_fewer_rows_than_the_minimum_on_a_side()
    {
        // Only 5 rows are positive and they share a value: with 50 rows per leaf at least, no split can isolate them.
        var rows = Enumerable.Range(0, 100).Select(i => new[] { i < 5 ? 1.0 : 0.0 }).ToList();
        var labels = rows.Select(r => r[0] == 1.0).ToList();

        var model = BoostedTreesFitter.Fit(rows, labels, new BoostedTreesFitter.Options(Trees: 5, MinLeafRows: 50));

        Assert.Equal(model.Predict([1.0]), model.Predict([0.0]));
        Assert.InRange(model.Predict([0.0]), 0.04, 0.07);
    }

    [Fact]
    public void A_written_model_predicts_the_sum_of_its_leaves_with_a_value_on_a_threshold_going_left()
    {
        // Five trees (one more than a walk of four at a time), of depths 2, 1, 0, 1 and 2.
        string[] trees =
        [
            "0:0.5:1:4 1:0.25:2:3 0.1 0.2 0.3",
            "1:0.75:1:2 -0.5 0.5",
            "0.05",
            "0:0.5:1:2 1 -1",
            "1:0.5:1:2 0.01 0:0.25:3:4 0.02 0.04",
        ];
        var model = BoostedTrees.ReadTrees(-1, trees);

        double Expected(double z) => 1 / (1 + Math.Exp(-z));

        // x = (0.5, 0.25): on the thresholds of trees 1 and 4 → left; tree 2: 0.25 ≤ 0.75 → left; tree 5: 0.25 ≤ 0.5 → left.
        Assert.Equal(Expected(-1 + 0.1 - 0.5 + 0.05 + 1 + 0.01), model.Predict([0.5, 0.25]), 12);

        // Just above: tree 1 goes right (0.3); tree 2 right (0.5); tree 4 right (-1); tree 5: 0.8 > 0.5, then 0.5000001 > 0.25 (0.04).
        Assert.Equal(Expected(-1 + 0.3 + 0.5 + 0.05 - 1 + 0.04), model.Predict([0.5000001, 0.8]), 12);
        Assert.Equal(trees, model.WriteTrees());
    }

    [Theory]
    [InlineData(0.1)]
    [InlineData(1.0 / 3)]
    [InlineData(-2.718281828459045e-7)]
    [InlineData(123456.789012345678)]
    public void Numbers_in_the_model_file_read_back_to_the_same_double(double value) =>
        Assert.Equal(value, ExactNumber.Parse(ExactNumber.Format(value)));

    [Theory]
    [InlineData("0:0.5:0:1 0.1")]
    [InlineData("0:0.5:1:5 0.1 0.2")]
    public void A_tree_whose_split_points_back_or_outside_is_refused(string tree) =>
        Assert.Throws<InvalidDataException>(() => BoostedTrees.ReadTrees(0, [tree]));

    [Fact]
    public void A_lexicon_whose_model_was_trained_on_other_features_is_refused_not_half_used()
    {
        const string other = "@features\tlearned-best dictionary\n@bias\tD\t-2\n@tree\tD\t0.1\n";
        const string logistic = "@weights\tD\t0.1\t0.2\n";

        Assert.Throws<InvalidDataException>(() => LearnedLexicon.Read(new StringReader(other)));
        Assert.Throws<InvalidDataException>(() => LearnedLexicon.Read(new StringReader(logistic)));
        Assert.Empty(LearnedLexicon.Read(new StringReader("@added-later\tD\t1\n")).Rankers);
    }

    [Fact]
    public void The_embedded_lexicon_ranks_both_code_systems_with_their_own_calibration()
    {
        var lexicon = LearnedLexicon.Embedded();

        Assert.Equal([CodeSystems.Icd10Cm, CodeSystems.Icd10Pcs], lexicon.Rankers.Keys.Order(StringComparer.Ordinal));
        Assert.Equal([CodeSystems.Icd10Cm, CodeSystems.Icd10Pcs], lexicon.SystemCalibrations.Keys.Order(StringComparer.Ordinal));
        Assert.All(lexicon.Rankers.Values, r => Assert.Equal(100, r.TreeCount));
    }

    private static (List<double[]> Rows, List<bool> Labels) Interaction(int count)
    {
        var rows = new List<double[]>();
        var labels = new List<bool>();
        for (var i = 0; i < count; i++)
        {
            var a = (i % 10) / 10.0 + 0.05;
            var b = ((i / 10) % 10) / 10.0 + 0.05;
            var noise = ((i * 7) % 13) / 13.0;
            rows.Add([a, b, noise]);
            var truth = (a > 0.5) != (b > 0.5);
            labels.Add((i * 7919) % 101 < 10 ? !truth : truth);
        }

        return (rows, labels);
    }

    [Fact]
    public void A_lexicon_round_trips_through_its_file_with_ranking_trees_thresholds_priors_and_code_reliability()
    {
        var lexicon = new LearnedLexicon(
            [new LexiconEntry(["renal", "colic"], CodeSystems.Icd10Cm, "n23", 5, 7)],
            new Dictionary<string, (int, int)> { ["N23"] = (4, 6) },
            [(0.1, 0.05), (0.5, 0.6)],
            0.4)
        {
            Documents = 500,
            Priors = new Dictionary<(string, string), int> { [(CodeSystems.Icd10Cm, "N23")] = 6 },
            Rankers = new Dictionary<string, BoostedTrees> { [CodeSystems.Icd10Cm] = BoostedTrees.ReadTrees(-2.5, ["1:0.35:1:2 -0.125 0.5", "0.01"]) },
            SystemThresholds = new Dictionary<string, double> { [CodeSystems.Icd10Pcs] = 0.25 },
            SystemCalibrations = new Dictionary<string, IReadOnlyList<(double, double)>> { [CodeSystems.Icd10Pcs] = [(0, 0.02), (0.3, 0.45)] },
            HeldOutF1 = new Dictionary<string, double> { [CodeSystems.Icd10Pcs] = 0.38 },
            Candidates = new Dictionary<(string, string), (int, int)> { [(CodeSystems.Icd10Cm, "N23")] = (3, 9) },
        };
        using var written = new StringWriter();
        lexicon.Write(written);

        var read = LearnedLexicon.Read(new StringReader(written.ToString()));
        using var rewritten = new StringWriter();
        read.Write(rewritten);

        Assert.Equal(written.ToString(), rewritten.ToString());
        Assert.Equal(-2.5, read.Rankers[CodeSystems.Icd10Cm].Bias);
        Assert.Equal(2, read.Rankers[CodeSystems.Icd10Cm].TreeCount);
        Assert.Equal(0.45, read.Calibrate(0.35, CodeSystems.Icd10Pcs));
        Assert.Equal(0.05, read.Calibrate(0.35, CodeSystems.Icd10Cm));
        Assert.Equal(0.25, read.ThresholdFor(CodeSystems.Icd10Pcs));
        Assert.Equal(0.4, read.ThresholdFor(CodeSystems.Icd10Cm));
        Assert.Equal((3 + (2 * 3 / 9.0)) / 11.0, read.CandidateReliability(CodeSystems.Icd10Cm, "N23"), 6);
        Assert.Equal(Math.Log(6.5 / 501), read.LogPrior(CodeSystems.Icd10Cm, "N23"), 6);
    }
}
