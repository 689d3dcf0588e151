using MedCoder.CodeSuggestion.Engine.Coding;
using MedCoder.Contracts.Coding;

namespace MedCoder.CodeSuggestion.Tests.Engine;

/// <summary>Guidelines I.B.2: code to the highest specificity the documentation supports, and only that.</summary>
public sealed class UnspecifiedBesideSpecificTests
{
    private static readonly Dictionary<string, string> Titles = new(StringComparer.Ordinal)
    {
        ["I509"] = "Heart failure, unspecified",
        ["I5023"] = "Acute on chronic systolic (congestive) heart failure",
        ["K8590"] = "Acute pancreatitis without necrosis or infection, unspecified",
        ["K8520"] = "Alcohol induced acute pancreatitis without necrosis or infection",
    };

    private static Candidate Coded(string code, double dictionary, double confidence) =>
        new(CodeSystems.Icd10Cm, code) { DictionaryBest = dictionary, Confidence = confidence };

    private static List<string> Apply(params Candidate[] candidates)
    {
        var list = candidates.ToList();
        GuidelineRules.DropUnspecifiedBesideSpecific(list, code => Titles.GetValueOrDefault(code, string.Empty));
        return [.. list.Select(c => c.Code)];
    }

    [Fact]
    public void A_documented_specific_code_replaces_the_unspecified_one_of_its_category() =>
        Assert.Equal(["I5023"], Apply(Coded("I509", 0.8, 0.9), Coded("I5023", 0.9, 0.8)));

    [Fact]
    public void A_specific_code_that_is_only_learned_does_not_replace_the_one_the_note_names()
    {
        // "Acute pancreatitis" names K85.90; K85.20 (alcohol induced) comes from train cases where the words co-occurred.
        Assert.Equal(["K8590"], Apply(Coded("K8590", 0.9, 0.97), Coded("K8520", 0, 0.36)));
    }

    [Fact]
    public void A_learned_specific_code_surer_than_the_named_one_still_replaces_it() =>
        Assert.Equal(["K8520"], Apply(Coded("K8590", 0.9, 0.5), Coded("K8520", 0, 0.8)));
}
