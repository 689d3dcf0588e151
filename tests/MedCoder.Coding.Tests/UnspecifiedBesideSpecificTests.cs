using MedCoder.Coding.Rules;
using MedCoder.Contracts.Coding;

namespace MedCoder.Coding.Tests;

/// <summary>Guidelines I.B.2: code to the highest specificity the documentation supports, and only that.</summary>
public sealed class UnspecifiedBesideSpecificTests
{
    private static readonly Dictionary<string, string> Titles = new(StringComparer.Ordinal)
    {
        ["I509"] = "Heart failure, unspecified",
        ["I5023"] = "Acute on chronic systolic (congestive) heart failure",
        ["K8590"] = "Acute pancreatitis without necrosis or infection, unspecified",
        ["K8520"] = "Alcohol induced acute pancreatitis without necrosis or infection",
        ["K8510"] = "Biliary acute pancreatitis without necrosis or infection",
        ["H6690"] = "Otitis media, unspecified, unspecified ear",
        ["H6691"] = "Otitis media, unspecified, right ear",
        ["H6692"] = "Otitis media, unspecified, left ear",
        ["E119"] = "Type 2 diabetes mellitus without complications",
        ["E1165"] = "Type 2 diabetes mellitus with hyperglycemia",
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

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void With_two_specific_siblings_the_documented_one_replaces_the_unspecified_code_whatever_the_order(bool learnedFirst)
    {
        var named = Coded("K8590", 0.9, 0.97);
        named.AddEvidence(0, 12, 30);
        var learned = Coded("K8520", 0, 0.40);
        var biliary = Coded("K8510", 0.9, 0.9);
        var list = learnedFirst ? new List<Candidate> { learned, biliary, named } : [biliary, learned, named];

        GuidelineRules.DropUnspecifiedBesideSpecific(list, code => Titles.GetValueOrDefault(code, string.Empty));

        Assert.DoesNotContain(named, list);
        Assert.Contains(biliary, list);
        Assert.Contains(new EvidenceSpan(0, 12, 30), biliary.Evidence);
    }

    [Fact]
    public void An_unspecified_side_gives_way_to_the_stated_side_and_stated_sides_stay()
    {
        Assert.Equal(["H6691"], Apply(Coded("H6690", 0.9, 0.9), Coded("H6691", 0.9, 0.9)));
        Assert.Equal(["H6691", "H6692"], Apply(Coded("H6691", 0.9, 0.9), Coded("H6692", 0.9, 0.9)));
    }

    [Fact]
    public void Without_complications_gives_way_to_a_complication_code_of_the_same_category() =>
        Assert.Equal(["E1165"], Apply(Coded("E119", 0.9, 0.9), Coded("E1165", 0.9, 0.9)));
}
