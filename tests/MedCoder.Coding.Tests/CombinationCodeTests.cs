using MedCoder.Coding.Rules;
using MedCoder.Contracts.Coding;
using MedCoder.Contracts.Encounters;

namespace MedCoder.Coding.Tests;

/// <summary>
/// Guidelines I.B.9 (a combination code fully identifies the conditions it names), I.C.9.a.2 and I.C.4.a (hypertension
/// and diabetes "with chronic kidney disease" need the kidney disease documented), and what a note names without the
/// patient having it ("for stroke prevention", "stress test").
/// </summary>
public sealed class CombinationCodeTests
{
    private static readonly Dictionary<string, string> Titles = new(StringComparer.Ordinal)
    {
        ["K810"] = "Acute cholecystitis",
        ["K8000"] = "Calculus of gallbladder with acute cholecystitis without obstruction",
        ["R739"] = "Hyperglycemia, unspecified",
        ["E1165"] = "Type 2 diabetes mellitus with hyperglycemia",
        ["I509"] = "Heart failure, unspecified",
        ["I110"] = "Hypertensive heart disease with heart failure",
        ["J189"] = "Pneumonia, unspecified organism",
    };

    private static Candidate Coded(string code, double dictionary = 0.9) =>
        new(CodeSystems.Icd10Cm, code) { DictionaryBest = dictionary, Confidence = 0.9 };

    private static List<Candidate> DropCombined(string notes, params Candidate[] candidates)
    {
        var list = candidates.ToList();
        GuidelineRules.DropCombinedConditions(list, code => Titles.GetValueOrDefault(code, string.Empty), code => code == "I110" ? notes : string.Empty);
        return list;
    }

    [Fact]
    public void A_condition_the_combination_code_names_is_not_coded_beside_it()
    {
        var cholecystitis = Coded("K810");
        cholecystitis.AddEvidence(0, 40, 59);
        var combined = DropCombined(string.Empty, cholecystitis, Coded("K8000"), Coded("R739"), Coded("E1165"), Coded("J189"));

        Assert.Equal(["K8000", "E1165", "J189"], combined.Select(c => c.Code));
        Assert.Contains(new EvidenceSpan(0, 40, 59), combined[0].Evidence);
    }

    [Fact]
    public void A_condition_the_combination_asks_to_code_in_addition_stays()
    {
        // I11.0: "Use additional code to identify type of heart failure (I50.-)".
        var kept = DropCombined("Use additional code to identify type of heart failure (I50.-)", Coded("I110"), Coded("I509"));
        var withoutNote = DropCombined(string.Empty, Coded("I110"), Coded("I509"));

        Assert.Equal(["I110", "I509"], kept.Select(c => c.Code));
        Assert.Equal(["I110"], withoutNote.Select(c => c.Code));
    }

    [Theory]
    [InlineData("I129", "I10")]
    [InlineData("I130", "I110")]
    [InlineData("E1122", "E119")]
    [InlineData("E1022", "E109")]
    public void A_learned_kidney_combination_without_documented_kidney_disease_falls_back_to_the_plain_code(string combination, string plain)
    {
        var list = new List<Candidate> { Coded(combination, dictionary: 0) };

        GuidelineRules.ApplyCombinations(list, _ => true);

        Assert.Equal([plain], list.Select(c => c.Code));
    }

    [Fact]
    public void A_kidney_combination_stays_when_the_note_names_it_or_the_kidney_disease_is_coded()
    {
        var named = new List<Candidate> { Coded("I129") };
        var withCkd = new List<Candidate> { Coded("E1122", dictionary: 0), Coded("N1830") };

        GuidelineRules.ApplyCombinations(named, _ => true);
        GuidelineRules.ApplyCombinations(withCkd, _ => true);

        Assert.Equal(["I129"], named.Select(c => c.Code));
        Assert.Equal(["E1122", "N1830"], withCkd.Select(c => c.Code));
    }

    [Fact]
    public void A_kidney_disease_known_only_from_co_occurrence_makes_no_combination()
    {
        // "HTN and DM2" with no word of the kidneys: a learned N18.9 is a guess, not documented CKD (I.C.9.a.2).
        var list = new List<Candidate> { Coded("I10"), Coded("E119"), Coded("N189", dictionary: 0) };

        GuidelineRules.ApplyCombinations(list, _ => true);

        Assert.Equal(["I10", "E119", "N189"], list.Select(c => c.Code));
    }

    [Fact]
    public void Diabetes_with_hyperglycemia_is_one_code()
    {
        var codes = SharedCoder.Codes("ASSESSMENT: Type 2 diabetes mellitus with hyperglycemia. Hyperglycemia on fingersticks.");

        Assert.Contains("E11.65", codes);
        Assert.DoesNotContain("R73.9", codes);
        Assert.DoesNotContain("E11.9", codes);
    }

    [Fact]
    public void Rapid_ventricular_response_prevention_and_tests_name_no_other_condition()
    {
        var codes = SharedCoder.Codes(
            "ASSESSMENT: Paroxysmal atrial fibrillation with rapid ventricular response.\n" +
            "PLAN: Apixaban 5 mg PO BID for stroke prevention. Outpatient stress test. Blood cultures pending.",
            CareSetting.Emergency);

        Assert.Contains("I48.0", codes);
        Assert.DoesNotContain("I49.01", codes);
        Assert.DoesNotContain(codes, c => c.StartsWith("I63", StringComparison.Ordinal));
        Assert.DoesNotContain("Z73.3", codes);
        Assert.DoesNotContain(codes, c => c.StartsWith("Z67", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("I2089", "I25118")] // stable angina: other forms of angina pectoris
    [InlineData("I200", "I25110")]  // unstable angina
    [InlineData("I209", "I25119")]  // angina of no stated form
    public void Coronary_artery_disease_with_angina_is_the_combination_code(string angina, string combined)
    {
        var list = new List<Candidate> { Coded("I2510"), Coded(angina) };
        GuidelineRules.ApplyCombinations(list, _ => true);

        Assert.Equal([combined], list.Select(c => c.Code));
    }

    [Fact]
    public void The_angina_as_the_note_states_it_decides_the_combination()
    {
        var codes = SharedCoder.Codes("ASSESSMENT:\n1. Coronary artery disease of native coronary arteries with stable angina.\n2. Hyperlipidemia.\n");

        Assert.Equal("I25.118", codes[0]);
        Assert.DoesNotContain("I25.10", codes);
        Assert.DoesNotContain("I20.89", codes);
    }

    [Fact]
    public void A_ureteral_stone_with_hydronephrosis_is_the_combination_its_excludes1_note_names()
    {
        var codes = SharedCoder.Codes("IMPRESSION:\n1. Right distal ureteral calculus with moderate hydronephrosis.\n", CareSetting.Emergency);

        Assert.Contains("N13.2", codes);
        Assert.DoesNotContain("N20.1", codes);
    }
}
