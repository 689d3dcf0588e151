using MedCoder.Coding.Rules;
using MedCoder.Contracts.Coding;

namespace MedCoder.Coding.Tests;

/// <summary>Guidelines I.B.4–5: signs and symptoms routinely associated with a coded diagnosis are not coded beside it; unrelated ones are.</summary>
public sealed class IntegralFindingsTests
{
    private static List<string> Kept(params string[] codes)
    {
        var list = codes.Select(code => new Candidate(CodeSystems.Icd10Cm, code) { DictionaryBest = 0.9, Confidence = 0.9 }).ToList();
        GuidelineRules.DropIntegralSymptoms(list, _ => string.Empty);
        return [.. list.Select(c => c.Code)];
    }

    [Theory]
    [InlineData("L539", "L03116")]   // erythema in cellulitis of the left lower limb
    [InlineData("N390", "N3000")]    // urinary infection of no stated site beside acute cystitis
    [InlineData("N390", "N10")]      // ... beside acute pyelonephritis
    [InlineData("T148XXA", "S52501A")] // injury of no stated region beside a fracture of the radius
    [InlineData("J811", "I5023")]    // pulmonary congestion in acute on chronic systolic heart failure
    [InlineData("R079", "I214")]     // chest pain in a non-ST elevation myocardial infarction
    [InlineData("R0602", "I110")]    // shortness of breath in hypertensive heart disease with heart failure
    [InlineData("R030", "I10")]      // a raised blood pressure reading in essential hypertension
    [InlineData("K922", "K5731")]    // gastrointestinal bleeding from diverticulosis of the colon with bleeding
    [InlineData("K921", "K264")]     // melena from a chronic duodenal ulcer with hemorrhage
    [InlineData("K274", "K264")]     // a peptic ulcer of no stated site beside the duodenal one
    [InlineData("N289", "N179")]     // a kidney disorder of no stated kind beside acute kidney failure
    public void A_finding_the_diagnosis_explains_is_not_coded_beside_it(string finding, string diagnosis) =>
        Assert.Equal([diagnosis], Kept(finding, diagnosis));

    [Theory]
    [InlineData("R079", "I10")]    // essential hypertension does not explain chest pain
    [InlineData("R079", "J309")]   // nor does allergic rhinitis
    [InlineData("R0602", "I10")]   // nor shortness of breath
    [InlineData("N390", "N200")]   // a kidney stone is not the infection's site
    [InlineData("K922", "K5730")]  // diverticulosis without bleeding does not name the bleeding's source
    [InlineData("T148XXA", "M5450")] // low back pain is not an injury of a stated region
    public void A_finding_an_unrelated_diagnosis_does_not_explain_stays(string finding, string diagnosis) =>
        Assert.Equal([finding, diagnosis], Kept(finding, diagnosis));

    [Fact]
    public void A_symptom_the_diagnosis_asks_to_code_beside_it_is_kept()
    {
        var codes = SharedCoder.Codes("ASSESSMENT:\n1. BPH with lower urinary tract symptoms: weak urinary stream, urinary hesitancy and nocturia.");

        Assert.Contains("N40.1", codes);
        Assert.Contains("R39.12", codes);
        Assert.Contains("R35.1", codes);
    }
}
