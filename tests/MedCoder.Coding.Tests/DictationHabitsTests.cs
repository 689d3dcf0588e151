using MedCoder.Contracts.Encounters;
using MedCoder.Testing;
using static MedCoder.Coding.Tests.SharedCoder;

namespace MedCoder.Coding.Tests;

/// <summary>
/// How dictated notes are written and what a coder reads from them (README, "Claim coding"): decimals, headers with spaced
/// slashes, "Postoperative diagnosis: Same", the chronic conditions an operative report documents, a risk that is
/// counselled, dictated prompts answered in the next sentence, and the combinations and defaults a coder applies.
/// </summary>
public sealed class DictationHabitsTests
{
    [Fact]
    public void A_decimal_bmi_does_not_complete_another_obesity_class()
    {
        var codes = Codes("ASSESSMENT:\n1. Hypothyroidism.\n2. Obesity class 2, BMI 37.3.");

        Assert.Contains("E66.812", codes);
        Assert.DoesNotContain("E66.813", codes);
        Assert.Contains("Z68.37", codes);
    }

    [Fact]
    public void A_risk_the_provider_counsels_about_is_not_a_diagnosis()
    {
        var codes = Codes("ASSESSMENT:\n1. Tension-type headache.\n2. Tobacco use - cigarette smoker. Counseled that smoking raises her stroke and aneurysm risk.");

        Assert.DoesNotContain(codes, c => c.StartsWith("I72", StringComparison.Ordinal) || c.StartsWith("I63", StringComparison.Ordinal));
    }

    [Fact]
    public void A_rating_after_a_colon_does_not_make_the_diagnosis_hypothetical()
    {
        var codes = Codes("ASSESSMENT:\n1. Preoperative evaluation before laparoscopic cholecystectomy for symptomatic cholelithiasis: low risk.", CareSetting.Outpatient);

        Assert.Contains(codes, c => c.StartsWith("K80", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("ASSESSMENT / PLAN\n1. Paroxysmal atrial fibrillation. Continue metoprolol.")]
    [InlineData("Assessment & Plan\n1. Paroxysmal atrial fibrillation. Continue metoprolol.")]
    [InlineData("A / P:\n1. Paroxysmal atrial fibrillation. Continue metoprolol.")]
    [InlineData("LABS: creatinine 1.52.\n\nIMPRESSION/RECOMMENDATIONS:\n1. Paroxysmal atrial fibrillation. Continue metoprolol.")]
    public void A_header_with_a_spaced_slash_or_ampersand_is_the_assessment(string note)
    {
        Assert.Equal("I48.0", Codes(note)[0]);
    }

    [Fact]
    public void Procedures_under_a_joined_header_are_read_as_procedures()
    {
        var encounter = new EncounterBuilder().WithSetting(CareSetting.Inpatient)
            .WithNote("IMPRESSION:\n1. Hyperkalemia.\n\nRECOMMENDATIONS / PROCEDURES:\n- Hemodialysis performed today, 3 hours.").Build();

        var codes = Instance.Value.Code(encounter).Codes.Select(c => c.Code).ToList();

        Assert.Contains("5A1D70Z", codes);
    }

    [Theory]
    [InlineData("Postoperative diagnosis: Same")]
    [InlineData("POSTOPERATIVE DIAGNOSIS: Same as preoperative diagnosis.")]
    [InlineData("Post-op diagnosis: same as above")]
    public void A_postoperative_diagnosis_that_says_same_keeps_the_preoperative_one(string postoperative)
    {
        var codes = Codes($"Preoperative diagnosis: Primary osteoarthritis, right knee, end stage\n{postoperative}\nProcedure performed: Right total knee arthroplasty, cemented", CareSetting.Inpatient);

        Assert.Equal("M17.11", codes[0]);
    }

    [Fact]
    public void A_stated_postoperative_diagnosis_still_replaces_the_preoperative_one()
    {
        var codes = Codes("PREOPERATIVE DIAGNOSIS: Right lower quadrant pain.\nPOSTOPERATIVE DIAGNOSIS: Acute appendicitis.\nPROCEDURE: Laparoscopic appendectomy.", CareSetting.Inpatient);

        Assert.DoesNotContain(codes, c => c.StartsWith("R10", StringComparison.Ordinal));
        Assert.Contains(codes, c => c.StartsWith("K35", StringComparison.Ordinal));
    }

    [Fact]
    public void An_operative_report_codes_the_chronic_conditions_it_documents_after_its_diagnosis()
    {
        var codes = Codes(
            "PREOPERATIVE DIAGNOSIS: Primary osteoarthritis, left knee.\nPOSTOPERATIVE DIAGNOSIS: Same.\nPROCEDURE: Left total knee arthroplasty.\n" +
            "INDICATIONS: 68-year-old woman with disabling pain. Medical history of hypertension on amlodipine, hypothyroidism on levothyroxine.",
            CareSetting.Inpatient);

        Assert.Equal("M17.12", codes[0]);
        Assert.Contains("I10", codes);
        Assert.Contains("E03.9", codes);
    }

    [Fact]
    public void An_office_assessment_does_not_take_chronic_conditions_from_the_history()
    {
        var codes = Codes("PMH: hypertension on amlodipine.\nASSESSMENT:\n1. Acute otitis media, right ear.");

        Assert.DoesNotContain("I10", codes);
    }

    [Fact]
    public void A_conditions_default_code_gives_way_to_its_specific_code_of_another_category()
    {
        var codes = Codes("DISCHARGE DIAGNOSES:\n1. Bleeding duodenal ulcer.\n2. Acute blood loss anemia.\nHOSPITAL COURSE: Anemia treated with 2 units.", CareSetting.Inpatient);

        Assert.Contains("D62", codes);
        Assert.DoesNotContain("D64.9", codes);
    }

    [Fact]
    public void Heart_failure_stays_beside_the_hypertensive_heart_disease_that_asks_for_it()
    {
        var codes = Codes("ASSESSMENT: Hypertension. Congestive heart failure.");

        Assert.Contains("I11.0", codes);
        Assert.Contains("I50.9", codes);
    }

    [Theory]
    [InlineData("ASSESSMENT:\n1. Influenza A.", "J10.1")]
    [InlineData("ASSESSMENT:\n1. Influenza B, rapid test positive.", "J10.1")]
    [InlineData("ASSESSMENT:\n1. Influenza. Rapid influenza A/B negative, treated clinically.", "J11.1")]
    public void A_typed_influenza_is_an_identified_virus(string note, string expected)
    {
        var codes = Codes(note);

        Assert.Contains(expected, codes);
        Assert.DoesNotContain(expected == "J10.1" ? "J11.1" : "J10.1", codes);
    }

    [Fact]
    public void Copd_with_pneumonia_is_copd_with_lower_respiratory_infection_and_the_pneumonia()
    {
        var codes = Codes("DISCHARGE DIAGNOSES:\n1. COPD exacerbation with community-acquired pneumonia.\n2. Hypertension.", CareSetting.Inpatient);

        Assert.Contains("J44.0", codes);
        Assert.Contains("J44.1", codes);
        Assert.Contains("J18.9", codes);
    }

    [Fact]
    public void Hiv_disease_is_confirmed_by_a_coder_before_it_is_billed()
    {
        var result = Instance.Value.Code(TestEncounters.WithNote("ASSESSMENT:\n1. HIV infection, virally suppressed on bictegravir.\n2. Cellulitis of right lower leg."));

        Assert.All(result.Codes.Where(c => c.Code == "B20"), c => Assert.True(c.Confidence < 0.9));
    }

    [Theory]
    [InlineData("Social: former smoker - quit 15 years ago.\nASSESSMENT:\n1. Hypertension.", "Z87.891")]
    [InlineData("SOCIAL: Current smoker? Quit last year.\nASSESSMENT:\n1. Hypertension.", "Z87.891")]
    [InlineData("SOCIAL: Smokes? Never.\nASSESSMENT:\n1. Hypertension.", null)]
    [InlineData("SOCIAL: Former smoker? Never smoked.\nASSESSMENT:\n1. Hypertension.", null)]
    [InlineData("ASSESSMENT:\n1. Hypertension.\n2. Nicotine dependence, e-cigarettes.", "F17.290")]
    public void Tobacco_is_read_from_what_the_dictation_finally_says(string note, string? expected)
    {
        var tobacco = Codes(note).Where(c => c.StartsWith("F17", StringComparison.Ordinal) || c == "Z87.891").ToList();

        Assert.Equal(expected is null ? [] : [expected], tobacco);
    }

    [Theory]
    [InlineData("Fistula, unspecified joint", "Fistula, joint")]
    [InlineData("Effusion, unspecified knee", "Effusion, knee")]
    [InlineData("Staphylococcal arthritis, unspecified joint", "Staphylococcal arthritis")]
    [InlineData("Otitis media, unspecified, unspecified ear", "Otitis media")]
    [InlineData("Pneumonia, unspecified organism", "Pneumonia")]
    [InlineData("Laceration without foreign body, unspecified hip", "Laceration without foreign body, hip")]
    public void A_one_word_conditions_unspecified_region_keeps_the_region(string title, string words)
    {
        Assert.Equal(words, Matching.TermText.Clean(title));
    }

    [Fact]
    public void A_disposition_is_no_encounter_reason()
    {
        var codes = Codes("ASSESSMENT: Laceration of right forearm.\nDISPO: HOME, SUTURE REMOVAL 10 DAYS, RETURN FOR REDNESS OR PUS.", CareSetting.Emergency);

        Assert.StartsWith("S51.811", codes[0]);
        Assert.DoesNotContain("Z48.02", codes);
    }
    [Theory]
    [InlineData("ASSESSMENT:\n1. CKD stage 3b due to type 2 diabetes.", "N18.2")]
    [InlineData("ASSESSMENT:\n1. Migraine with typical aura, not intractable, without status migrainosus.", "G43.001")]
    public void A_title_whose_words_the_note_says_the_other_way_round_is_not_coded(string note, string contradicted)
    {
        Assert.DoesNotContain(contradicted, Codes(note));
    }

    [Fact]
    public void A_stage_range_in_a_title_is_no_contradiction()
    {
        Assert.Contains("I12.9", Codes("ASSESSMENT:\n1. Hypertensive chronic kidney disease, CKD stage 3a."));
    }

    [Fact]
    public void Alcoholic_is_the_code_books_alcohol_induced()
    {
        Assert.Contains("K85.20", Codes("DISCHARGE DIAGNOSES:\n1. Acute alcoholic pancreatitis, without necrosis or infection.", CareSetting.Inpatient));
    }

    [Fact]
    public void A_procedure_reports_conclusions_are_its_diagnostic_statement()
    {
        var codes = Codes("PROCEDURE: Left heart catheterization.\nINDICATIONS: Atypical chest pain; hypertension on amlodipine.\nCONCLUSIONS:\n1. Single-vessel coronary artery disease.", CareSetting.Outpatient);

        Assert.Equal("I25.10", codes[0]);
        Assert.DoesNotContain("Q24.5", codes);
        Assert.Contains("I10", codes);
    }

    [Fact]
    public void An_abbreviation_a_risk_names_is_not_the_patients_condition()
    {
        var codes = Codes("MEDICAL DECISION MAKING: PE is low risk by PERC.\nIMPRESSION:\n1. Chest pain, unclear etiology.\n2. Hypertension.", CareSetting.Emergency);

        Assert.Equal("R07.9", codes[0]);
        Assert.DoesNotContain(codes, c => c.StartsWith("I26", StringComparison.Ordinal));
    }
    [Fact]
    public void A_conditions_default_named_by_its_bare_word_is_confirmed_by_a_coder()
    {
        var result = Instance.Value.Code(TestEncounters.WithNote("ASSESSMENT:\n1. Pneumonia.\n2. Anemia.", setting: CareSetting.Inpatient));

        Assert.Contains(result.Codes, c => c.Code == "J18.9");
        Assert.All(result.Codes.Where(c => c.Code is "J18.9" or "D64.9"), c => Assert.True(c.Confidence < 0.9, $"{c.Code} {c.Confidence}"));
    }

    [Fact]
    public void Aftercare_of_a_replaced_joint_is_listed_first_with_the_joint_status()
    {
        var codes = Codes("Assessment:\n1. Aftercare following right total hip replacement, recovering as expected.\n2. Right hip prosthesis in place.\n3. Primary osteoarthritis, left hip.");

        Assert.Equal("Z47.1", codes[0]);
        Assert.Contains("Z96.641", codes);
        Assert.Contains("M16.12", codes);
    }

    [Fact]
    public void A_perforated_gangrenous_appendicitis_is_not_the_one_without_perforation_or_gangrene()
    {
        var codes = Codes("POSTOPERATIVE DIAGNOSIS: Perforated gangrenous appendicitis with localized peritonitis, no abscess.", CareSetting.Inpatient);

        Assert.Contains("K35.32", codes);
        Assert.DoesNotContain(codes, c => c is "K35.30" or "K35.31");
    }

    [Fact]
    public void What_a_title_excludes_the_note_also_negates_is_no_contradiction()
    {
        Assert.Contains("S06.0X0A", Codes("ASSESSMENT: Concussion without loss of consciousness, initial encounter.", CareSetting.Emergency));
        Assert.Contains("K57.31", Codes("PRINCIPAL DIAGNOSIS: Diverticulosis of large intestine with bleeding, no perforation or abscess.", CareSetting.Inpatient));
    }
    [Fact]
    public void A_condition_left_to_the_primary_care_physician_is_for_a_coder_to_decide()
    {
        var result = Instance.Value.Code(TestEncounters.WithNote("ASSESSMENT:\n1. Closed nondisplaced fracture of fifth metatarsal, left foot, initial.\n2. Hypertension, type 2 DM - noted, managed by PCP.", setting: CareSetting.Emergency));

        Assert.All(result.Codes.Where(c => c.Code is "I10" or "E11.9"), c => Assert.True(c.Confidence < 0.9, $"{c.Code} {c.Confidence}"));
    }

    [Fact]
    public void Hypertensive_heart_disease_is_kept_beside_the_plain_hypertension()
    {
        var codes = Codes("PMH: Long-standing hypertension.\nASSESSMENT:\n1. Hypertensive heart disease with LVH, without heart failure.");

        Assert.Contains("I11.9", codes);
        Assert.DoesNotContain("I10", codes);
    }

    [Fact]
    public void A_sacral_pressure_ulcer_is_the_sacral_regions()
    {
        var codes = Codes("ASSESSMENT:\n1) Pressure ulcer of sacrum, stage 3 - improving.");

        Assert.Contains("L89.153", codes);
        Assert.DoesNotContain("L89.93", codes);
    }
    [Theory]
    [InlineData("Impression:\n1. Basal cell carcinoma, right dorsal forearm.", "C44.612")]
    [InlineData("ASSESSMENT:\n1. Squamous cell carcinoma of the skin of the left forearm, excised.", "C44.629")]
    [InlineData("ASSESSMENT:\n1. Basal cell carcinoma of the left cheek.", "C44.319")]
    [InlineData("ASSESSMENT:\n1. Basal cell carcinoma, nose.", "C44.311")]
    public void A_skin_carcinoma_is_coded_by_its_site(string note, string expected)
    {
        var codes = Codes(note, CareSetting.Outpatient);

        Assert.Contains(expected, codes);
        Assert.DoesNotContain(codes, c => c is "C44.91" or "C44.92" or "C80.1");
    }

    [Fact]
    public void A_general_examination_or_screening_reason_is_confirmed_by_a_coder()
    {
        var result = Instance.Value.Code(TestEncounters.WithNote("ASSESSMENT:\n1. Annual physical examination, no abnormal findings.\n2. Colon cancer screening - colonoscopy referral.", setting: CareSetting.Office));

        Assert.Contains(result.Codes, c => c.Code.StartsWith("Z00", StringComparison.Ordinal));
        Assert.All(result.Codes.Where(c => c.Code.StartsWith("Z00", StringComparison.Ordinal) || c.Code.StartsWith("Z12", StringComparison.Ordinal)),
            c => Assert.True(c.Confidence < 0.9, $"{c.Code} {c.Confidence}"));
    }

    [Fact]
    public void A_rule_out_after_a_spaced_dash_negates_only_its_own_statement()
    {
        var codes = Codes("IMPRESSION:\n1. RIGHT LOWER QUADRANT ABDOMINAL PAIN - APPENDICITIS RULED OUT BY CT.\n2. NAUSEA AND VOMITING.", CareSetting.Emergency);

        Assert.Equal("R10.31", codes[0]);
        Assert.DoesNotContain(codes, c => c.StartsWith("K35", StringComparison.Ordinal));
    }

    [Fact]
    public void An_irritated_seborrheic_keratosis_is_the_inflamed_one()
    {
        Assert.Contains("L82.0", Codes("ASSESSMENT:\n1. Irritated seborrheic keratosis, right temple, cryotherapy."));
    }
}
