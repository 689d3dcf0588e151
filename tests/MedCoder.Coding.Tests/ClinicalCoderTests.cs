using System.Text.Json;
using MedCoder.Contracts.Encounters;
using MedCoder.Testing;
using static MedCoder.Coding.Tests.SharedCoder;

namespace MedCoder.Coding.Tests;

/// <summary>Expected codes are what a coder assigns from the FY2026 code book and the Official Guidelines.</summary>
public sealed class ClinicalCoderTests
{
    [Fact]
    public void Codes_assessment_diagnoses_in_order_with_evidence_spans()
    {
        const string note = "CHIEF COMPLAINT: Follow-up.\nASSESSMENT AND PLAN:\n1. Essential (primary) hypertension, stable.\n2. Type 2 diabetes mellitus with hyperglycemia.\n";

        var result = Instance.Value.Code(TestEncounters.WithNote(note));

        Assert.Equal(["I10", "E11.65"], result.Codes.Take(2).Select(c => c.Code));
        var evidence = result.Codes[0].Evidence[0];
        Assert.Contains("hypertension", note[evidence.Start..evidence.End], StringComparison.Ordinal);
        Assert.All(result.Codes, c => Assert.InRange(c.Confidence, 0.0, 1.0));
        Assert.Equal("ICD-10-CM FY2026", result.CodeSetVersion);
    }

    [Fact]
    public void Uses_the_release_in_force_on_the_date_of_service()
    {
        var result = Instance.Value.Code(TestEncounters.WithNote("ASSESSMENT: Essential (primary) hypertension.", new DateOnly(2025, 9, 30)));

        Assert.Equal("ICD-10-CM FY2025", result.CodeSetVersion);
        Assert.Contains("I10", result.Codes.Select(c => c.Code));
    }

    [Fact]
    public void Negated_findings_are_not_coded()
    {
        Assert.DoesNotContain("I10", Codes("ASSESSMENT:\nNo essential (primary) hypertension.\n"));
        var codes = Codes("REVIEW OF SYSTEMS: Denies chest pain. Negative for fever.\nASSESSMENT: Essential hypertension.");
        Assert.DoesNotContain("R07.9", codes);
        Assert.DoesNotContain("R50.9", codes);
        Assert.Contains("I10", codes);
    }

    [Fact]
    public void Uncertain_diagnosis_is_coded_as_established_for_inpatients_only()
    {
        // Guideline II.H / III.C (inpatient, the diagnoses at discharge) vs IV.H (outpatient): code the symptom instead when the diagnosis is uncertain.
        const string note = "DISCHARGE DIAGNOSES: Probable pneumonia. Cough.";

        var office = Codes(note, CareSetting.Office);
        var inpatient = Codes(note, CareSetting.Inpatient);

        Assert.DoesNotContain("J18.9", office);
        Assert.Contains("R05.9", office);
        Assert.Contains("J18.9", inpatient);
        Assert.DoesNotContain("R05.9", inpatient); // cough is integral to pneumonia (I.B.5)
    }

    [Fact]
    public void Past_and_family_history_are_not_coded_as_active_conditions()
    {
        var codes = Codes("PAST MEDICAL HISTORY: Pneumonia.\nFAMILY HISTORY: Mother with breast cancer.\nASSESSMENT: Essential hypertension.");

        Assert.Contains("I10", codes);
        Assert.DoesNotContain("J18.9", codes);
        Assert.DoesNotContain(codes, c => c.StartsWith("C50", StringComparison.Ordinal));
    }

    [Fact]
    public void Integral_symptoms_are_dropped_when_the_definitive_diagnosis_is_coded()
    {
        var codes = Codes("ASSESSMENT: Pneumonia with cough and fever.", CareSetting.Inpatient);

        Assert.Contains("J18.9", codes);
        Assert.DoesNotContain("R05.9", codes);
        Assert.DoesNotContain("R50.9", codes);
    }

    [Fact]
    public void Pain_of_no_stated_site_is_coded_only_when_no_diagnosis_explains_it()
    {
        const string Findings = "CHIEF COMPLAINT: Red painful left leg.\nEXAM: Erythema, warmth, swelling and tenderness over the left shin.\n";
        var explained = Codes(Findings + "ASSESSMENT: Cellulitis of left lower limb.\nPLAN: Return for fever or severe pain.", CareSetting.Emergency);
        var unexplained = Codes("CHIEF COMPLAINT: Pain.\nASSESSMENT: Pain, cause not found.", CareSetting.Emergency);

        Assert.Contains("L03.116", explained);
        Assert.DoesNotContain("R52", explained);
        Assert.Contains("R52", unexplained);
    }

    [Fact]
    public void A_discharge_instruction_names_conditions_the_patient_does_not_have()
    {
        var codes = Codes("ASSESSMENT: Cellulitis of left lower limb.\nPLAN: Cephalexin. Return for fever, rapid spread or vomiting.", CareSetting.Emergency);

        Assert.Contains("L03.116", codes);
        Assert.DoesNotContain("R50.9", codes);
        Assert.DoesNotContain(codes, c => c.StartsWith("R11", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Closed fracture of lower end of left radius.", "S52.502A")]
    [InlineData("Closed fracture of lower end of right radius, initial encounter.", "S52.501A")]
    [InlineData("Primary osteoarthritis of right knee.", "M17.11")] // "Unilateral primary osteoarthritis, right knee"
    [InlineData("Primary osteoarthritis, left hip.", "M16.12")]
    [InlineData("Sprain of right ankle, initial encounter.", "S93.401A")] // "Sprain of unspecified ligament of right ankle"
    [InlineData("Primary osteoarthritis of both knees.", "M17.0")]         // "Bilateral primary osteoarthritis of knee
    public void Laterality_picks_the_lateral_code(string assessment, string expected)
    {
        var codes = Codes("ASSESSMENT: " + assessment, CareSetting.Emergency);

        Assert.Contains(expected, codes);
        Assert.DoesNotContain(codes, c => c != expected && c.StartsWith(expected[..5], StringComparison.Ordinal));
    }

    [Fact]
    public void Seventh_character_follows_the_episode_of_care()
    {
        // I.C.19.a: D for encounters after active treatment (routine healing), S for sequela.
        Assert.Contains("S52.501D", Codes("ASSESSMENT: Fracture of lower end of right radius, routine healing, follow-up visit."));
        Assert.Contains("S52.501S", Codes("ASSESSMENT: Sequela of fracture of lower end of right radius."));
    }

    [Fact]
    public void A_stated_initial_encounter_is_not_overruled_by_a_follow_up_in_the_plan()
    {
        var codes = Codes("ASSESSMENT: Sprain of ligament of left ankle, initial encounter.\nPLAN: Ice and rest. Follow up in 2 weeks.");

        Assert.Contains(codes, c => c.StartsWith("S93.4", StringComparison.Ordinal) && c.EndsWith('A'));
        Assert.DoesNotContain(codes, c => c.StartsWith("S93.4", StringComparison.Ordinal) && c.EndsWith('D'));
    }

    [Fact]
    public void Hypertension_with_ckd_or_heart_failure_uses_the_combination_code()
    {
        // I.C.9.a.1–3: the causal relationship is presumed; the CKD stage / heart failure type is an additional code.
        var ckd = Codes("ASSESSMENT: Hypertension. Chronic kidney disease, stage 4 (severe).");
        Assert.Contains("I12.9", ckd);
        Assert.Contains("N18.4", ckd);
        Assert.DoesNotContain("I10", ckd);

        var heart = Codes("ASSESSMENT: Hypertension. Congestive heart failure.");
        Assert.Contains("I11.0", heart);
        Assert.Contains("I50.9", heart);
        Assert.DoesNotContain("I10", heart);
    }

    [Fact]
    public void Diabetes_with_ckd_uses_the_combination_code()
    {
        // I.A.15 "with": diabetes and CKD are presumed linked.
        var codes = Codes("ASSESSMENT: Type 2 diabetes mellitus. Chronic kidney disease, stage 4 (severe).");

        Assert.Contains("E11.22", codes);
        Assert.Contains("N18.4", codes);
        Assert.DoesNotContain("E11.9", codes);
    }

    [Fact]
    public void Never_returns_a_header_code()
    {
        var release = SharedCoder.CodeSets.Value.Icd10CmEditions.MaxBy(e => e.FiscalYear)!.Codes;
        var result = Instance.Value.Code(TestEncounters.WithNote("ASSESSMENT: Type 2 diabetes mellitus. Acute kidney failure. Pneumonia, unspecified organism. Heart failure."));

        Assert.NotEmpty(result.Codes);
        Assert.All(result.Codes.Where(c => c.System == "ICD-10-CM"), c => Assert.True(release.Find(c.Code)!.Billable, c.Code));
        Assert.Contains("N17.9", result.Codes.Select(c => c.Code));
    }

    [Fact]
    public void Evidence_of_an_abbreviation_points_at_the_abbreviation()
    {
        const string note = "HPI: Patient here for review.\nASSESSMENT: CHF exacerbation.";

        var code = Instance.Value.Code(TestEncounters.WithNote(note)).Codes.Single(c => c.Code == "I50.9");

        Assert.Equal("CHF", note[code.Evidence[0].Start..code.Evidence[0].End]);
    }

    [Fact]
    public void Same_input_gives_the_same_output()
    {
        const string note = "HPI: 67-year-old with CHF, DM2 and HTN, s/p appendectomy. Denies chest pain.\nASSESSMENT: Acute on chronic systolic heart failure. Type 2 diabetes mellitus. Possible UTI.";
        var encounter = TestEncounters.WithNote(note, setting: CareSetting.Inpatient);

        var first = JsonSerializer.Serialize(Instance.Value.Code(encounter));
        var results = new string[8];
        Parallel.For(0, results.Length, i => results[i] = JsonSerializer.Serialize(Instance.Value.Code(encounter)));

        Assert.All(results, r => Assert.Equal(first, r));
    }

    [Theory]
    [InlineData("ASSESSMENT: Heart failure.", "heart-failure-specificity", "I50.9")]
    [InlineData("ASSESSMENT: Diabetes.", "diabetes-type", "E11.9")]
    [InlineData("ASSESSMENT: Sepsis.", "sepsis-organism", "A41.9")]
    [InlineData("ASSESSMENT: Respiratory failure.", "respiratory-failure-acuity", "J96.90")]
    public void Raises_a_query_when_the_note_lacks_specificity(string note, string topic, string code)
    {
        var result = Instance.Value.Code(TestEncounters.WithNote(note, setting: CareSetting.Inpatient));

        Assert.Contains(code, result.Codes.Select(c => c.Code));
        var query = Assert.Single(result.Queries, q => q.Topic == topic);
        Assert.NotEmpty(query.Evidence);
    }

    [Fact]
    public void Specific_documentation_raises_no_query()
    {
        var result = Instance.Value.Code(TestEncounters.WithNote("ASSESSMENT: Acute on chronic systolic (congestive) heart failure.", setting: CareSetting.Inpatient));

        Assert.Contains("I50.23", result.Codes.Select(c => c.Code));
        Assert.DoesNotContain(result.Queries, q => q.Topic == "heart-failure-specificity");
    }

    [Fact]
    public void A_condition_whose_category_has_no_code_without_laterality_raises_a_laterality_query_and_no_code()
    {
        const string note = "ASSESSMENT: Periprosthetic fracture around internal prosthetic hip joint.";

        var result = Instance.Value.Code(TestEncounters.WithNote(note, setting: CareSetting.Inpatient));

        Assert.DoesNotContain(result.Codes, c => c.Code.StartsWith("M97", StringComparison.Ordinal));
        var query = Assert.Single(result.Queries, q => q.Topic == "code-specificity");
        Assert.Contains("M97.0", query.Question, StringComparison.Ordinal);
        Assert.Contains("laterality", query.Question, StringComparison.Ordinal);
        var span = Assert.Single(query.Evidence);
        Assert.Equal("Periprosthetic fracture around internal prosthetic hip joint", note[span.Start..span.End]);
    }

    [Fact]
    public void A_site_the_code_book_splits_by_sex_without_a_side_is_its_unspecified_side_below_auto_release()
    {
        var result = Instance.Value.Code(new EncounterBuilder().WithNote("ASSESSMENT: Carcinoma of the breast.")
            .WithPatientSex(AdministrativeSex.Female).WithSetting(CareSetting.Inpatient).Build());

        var code = Assert.Single(result.Codes, c => c.Code.StartsWith("C50", StringComparison.Ordinal));
        Assert.Equal("C50.919", code.Code);
        Assert.True(code.Confidence < 0.9);
    }

    [Fact]
    public void A_category_with_its_detail_documented_raises_no_specificity_query()
    {
        var result = Instance.Value.Code(TestEncounters.WithNote("ASSESSMENT: Malignant neoplasm of upper-outer quadrant of right female breast.", setting: CareSetting.Inpatient));

        Assert.Contains("C50.411", result.Codes.Select(c => c.Code));
        Assert.DoesNotContain(result.Queries, q => q.Topic == "code-specificity");
    }

    [Fact]
    public void A_negated_category_raises_no_query()
    {
        var result = Instance.Value.Code(TestEncounters.WithNote("HISTORY: No malignant neoplasm of breast.\nASSESSMENT: Essential (primary) hypertension.", setting: CareSetting.Inpatient));

        Assert.DoesNotContain(result.Queries, q => q.Topic == "code-specificity");
    }
}
