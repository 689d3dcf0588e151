using MedCoder.CodeSuggestion.Engine.Learning;
using MedCoder.Contracts.Coding;

namespace MedCoder.CodeSuggestion.Tests.Engine;

public sealed class RankingModelTests
{
    [Fact]
    public void Logistic_regression_learns_which_feature_predicts_the_label_and_is_deterministic()
    {
        // Feature 1 decides the label 9 times in 10 (either way); feature 2 is noise.
        var rows = new List<double[]>();
        var labels = new List<bool>();
        for (var i = 0; i < 200; i++)
        {
            var signal = i % 2;
            rows.Add([1, signal, (i / 2) % 3]);
            labels.Add(i % 20 < 2 ? signal == 0 : signal == 1);
        }

        var weights = LogisticRegression.Fit(rows, labels);

        Assert.True(weights[1] > 1, $"signal weight {weights[1]}");
        Assert.True(Math.Abs(weights[2]) < 0.5, $"noise weight {weights[2]}");
        Assert.InRange(LogisticRegression.Predict(weights, [1, 1, 0]), 0.8, 0.95);
        Assert.Equal(weights, LogisticRegression.Fit(rows, labels));
    }

    [Fact]
    public void A_lexicon_round_trips_through_its_file_with_model_thresholds_priors_and_code_reliability()
    {
        var lexicon = new LearnedLexicon(
            [new LexiconEntry(["renal", "colic"], CodeSystems.Icd10Cm, "n23", 5, 7)],
            new Dictionary<string, (int, int)> { ["N23"] = (4, 6) },
            [(0.1, 0.05), (0.5, 0.6)],
            0.4)
        {
            Documents = 500,
            Priors = new Dictionary<(string, string), int> { [(CodeSystems.Icd10Cm, "N23")] = 6 },
            Weights = new Dictionary<string, double[]> { [CodeSystems.Icd10Cm] = [.. Enumerable.Range(0, CandidateFeatures.Count).Select(i => i / 10.0)] },
            SystemThresholds = new Dictionary<string, double> { [CodeSystems.Icd10Pcs] = 0.25 },
            HeldOutF1 = new Dictionary<string, double> { [CodeSystems.Icd10Pcs] = 0.38 },
            Candidates = new Dictionary<(string, string), (int, int)> { [(CodeSystems.Icd10Cm, "N23")] = (3, 9) },
        };
        using var written = new StringWriter();
        lexicon.Write(written);

        var read = LearnedLexicon.Read(new StringReader(written.ToString()));
        using var rewritten = new StringWriter();
        read.Write(rewritten);

        Assert.Equal(written.ToString(), rewritten.ToString());
        Assert.Equal(0.25, read.ThresholdFor(CodeSystems.Icd10Pcs));
        Assert.Equal(0.4, read.ThresholdFor(CodeSystems.Icd10Cm));
        Assert.Equal((3 + (2 * 3 / 9.0)) / 11.0, read.CandidateReliability(CodeSystems.Icd10Cm, "N23"), 6);
        Assert.Equal(Math.Log(6.5 / 501), read.LogPrior(CodeSystems.Icd10Cm, "N23"), 6);
    }
}
