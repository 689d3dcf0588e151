using MedCoder.Coding.Training.Evaluation;

namespace MedCoder.Coding.Tests.Training.Evaluation;

/// <summary>CodiEsp gold is ICD-10-CM 2018 without 7th characters; predictions are today's complete codes.</summary>
public sealed class GoldCrosswalkTests
{
    private static readonly Lazy<GoldCrosswalk> Crosswalk = new(() => new GoldCrosswalk(SharedCoder.CodeSets.Value.Icd10CmEditions.Last().Conversion));

    [Theory]
    [InlineData("r51.9", "r51")] // headache: R51 split into R51.0 / R51.9 in FY2021 (conversion table)
    [InlineData("m54.50", "m54.5")] // low back pain: M54.5 split in FY2022
    [InlineData("t14.90xa", "t14.90")] // 7th character left out by CodiEsp
    [InlineData("w19.xxxa", "w19.xxx")]
    public void A_successor_or_a_completed_code_replaces_the_gold_code(string predicted, string gold) =>
        Assert.True(Crosswalk.Value.Replaces(predicted, gold));

    [Theory]
    [InlineData("r52", "r51")]
    [InlineData("t14.8xxa", "t14.90")]
    [InlineData("t14.90xa", "t14.9")] // not the same code completed
    public void Other_codes_do_not(string predicted, string gold) =>
        Assert.False(Crosswalk.Value.Replaces(predicted, gold));

    [Fact]
    public void The_first_ranked_successor_takes_the_gold_code_and_later_ones_stay_wrong()
    {
        var gold = new Dictionary<string, IReadOnlySet<string>> { ["d1"] = new HashSet<string> { "r51", "i10" } };
        var predictions = new Dictionary<string, IReadOnlyList<RankedCode>>
        {
            ["d1"] = [new("I10", 0.9), new("R51.9", 0.8), new("R51.0", 0.7)],
        };

        var mapped = Crosswalk.Value.Apply(gold, predictions)["d1"].Select(r => r.Code).ToList();

        Assert.Equal(["I10", "r51", "R51.0"], mapped);
        var scores = CodiEspScorer.Score(gold, Crosswalk.Value.Apply(gold, predictions));
        Assert.Equal(2, scores.TruePositives);
    }
}
