using MedCoder.Contracts.Encounters;
using static MedCoder.Coding.Tests.SharedCoder;

namespace MedCoder.Coding.Tests;

/// <summary>
/// What happened at the encounter beside its diagnoses (README, "Claim coding"): a vaccine given (Z23), a delivery (Z37,
/// the childbirth codes, O80 alone), severe sepsis with its systemic infection, the dominant side of a hemiplegia, the
/// long-term drug classes of a medication list, and a coma scale only with a brain injury.
/// </summary>
public sealed class EncounterEventsTests
{
    [Theory]
    [InlineData("ASSESSMENT: Hypertension, stable.\nPLAN: Influenza vaccine given today, left deltoid.")]
    [InlineData("ASSESSMENT: Laceration of left forearm.\nTdap 0.5 mL IM given in the right deltoid.")]
    [InlineData("ASSESSMENT: Hypertension.\nPLAN:\n- Vaccines today after counseling: DTaP, IPV, MMR, varicella.")]
    public void A_vaccine_given_now_is_z23_after_the_conditions(string note)
    {
        var codes = Codes(note);

        Assert.Contains("Z23", codes);
        Assert.NotEqual("Z23", codes[0]);
    }

    [Theory]
    [InlineData("ASSESSMENT: COPD, stable. Influenza and pneumococcal vaccines are up to date.")]
    [InlineData("ASSESSMENT: Intrauterine pregnancy at 20 weeks.\nPLAN: Tdap at 27-36 weeks.")]
    [InlineData("ASSESSMENT: Hypertension.\nPLAN: Tdap offered, she will get it at the pharmacy.")]
    [InlineData("ASSESSMENT: Hypertension.\nPLAN: Pneumococcal vaccine status reviewed, he received PCV20 last year.")]
    [InlineData("ASSESSMENT: Hypertension.\nPLAN: Patient declined influenza vaccine today.")]
    public void A_vaccine_up_to_date_planned_elsewhere_past_or_declined_is_not_z23(string note)
    {
        Assert.DoesNotContain("Z23", Codes(note));
    }

    [Fact]
    public void A_disease_named_only_as_a_vaccine_is_not_the_patients()
    {
        var codes = Codes("ASSESSMENT: Well child check.\nPLAN: Vaccines: DTaP, IPV, MMR, varicella today (VIS given).");

        Assert.DoesNotContain(codes, c => c.StartsWith("B01", StringComparison.Ordinal) || c.StartsWith("B05", StringComparison.Ordinal));
        Assert.Contains("Z23", codes);
    }

    [Fact]
    public void Severe_sepsis_is_coded_after_its_systemic_infection()
    {
        var codes = Codes("DISCHARGE DIAGNOSES:\n1. Severe sepsis due to aspiration pneumonia.\n2. Acute kidney injury.", CareSetting.Inpatient);

        Assert.Contains("A41.9", codes);
        Assert.Contains("R65.20", codes);
        Assert.True(codes.ToList().IndexOf("A41.9") < codes.ToList().IndexOf("R65.20"), string.Join(' ', codes));
    }

    [Fact]
    public void A_named_sepsis_is_not_doubled_by_the_unspecified_organism()
    {
        var codes = Codes("DISCHARGE DIAGNOSES:\n1. Severe sepsis due to Escherichia coli sepsis.\n2. Sepsis due to Escherichia coli.", CareSetting.Inpatient);

        Assert.DoesNotContain("A41.9", codes);
    }

    [Theory]
    [InlineData("right hemiparesis", "G81.91")]
    [InlineData("left hemiparesis", "G81.94")]
    public void A_hemiplegia_side_not_called_dominant_is_the_dominant_when_right_and_nondominant_when_left(string side, string code)
    {
        Assert.Contains(code, Codes($"DISCHARGE DIAGNOSES:\n1. Acute ischemic stroke with {side}.", CareSetting.Inpatient));
    }

    [Fact]
    public void A_left_handed_patients_left_side_is_the_dominant_one()
    {
        var codes = Codes("HPI: 70-year-old left-handed man.\nDISCHARGE DIAGNOSES:\n1. Acute ischemic stroke with left hemiparesis.", CareSetting.Inpatient);

        Assert.Contains("G81.92", codes);
    }

    [Fact]
    public void A_stroke_due_to_a_named_artery_is_the_infarction_of_that_artery_and_an_adults_aphasia_is_not_developmental()
    {
        var codes = Codes("DISCHARGE DIAGNOSES:\n1. Acute ischemic stroke due to thrombosis of the left middle cerebral artery.\n2. Expressive aphasia.", CareSetting.Inpatient);

        Assert.Contains("I63.312", codes);
        Assert.Contains("R47.01", codes);
        Assert.DoesNotContain("I66.9", codes);
        Assert.DoesNotContain("F80.1", codes);
        Assert.DoesNotContain("I67.82", codes);
    }

    [Fact]
    public void A_delivery_with_a_complication_is_not_o80_and_carries_its_outcome_and_childbirth_codes()
    {
        var codes = Delivery("ADMISSION DIAGNOSIS: Term pregnancy in labor.\nDISCHARGE DIAGNOSES:\n- Spontaneous vaginal delivery of a single liveborn female, Apgars 8/9, at 39 weeks 2 days\n"
            + "- Group B streptococcus carrier, treated intrapartum\n- First-degree perineal laceration, repaired");

        Assert.DoesNotContain("O80", codes);
        Assert.Contains("O99.824", codes);
        Assert.DoesNotContain("Z22.330", codes);
        Assert.Contains("Z37.0", codes);
        Assert.Contains("Z3A.39", codes);
    }

    [Fact]
    public void A_surgeons_delivered_bowel_is_no_birth()
    {
        var codes = Delivery("POSTOPERATIVE DIAGNOSIS: Incarcerated umbilical hernia.\nPROCEDURE: The sac was opened and the loop of small bowel delivered.");

        Assert.DoesNotContain(codes, c => c.StartsWith("Z37", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("budesonide-formoterol 160/4.5 two puffs twice daily", "Z79.51")]
    [InlineData("alendronate 70 mg weekly", "Z79.83")]
    [InlineData("anastrozole 1 mg daily", "Z79.811")]
    [InlineData("methotrexate 15 mg weekly, folic acid", "Z79.631")]
    [InlineData("adalimumab 40 mg every other week", "Z79.620")]
    public void A_long_term_drug_of_a_class_with_its_own_code_is_that_status(string medication, string code)
    {
        Assert.Contains(code, Codes($"ASSESSMENT: Hypertension, stable.\nMEDICATIONS: {medication}; lisinopril 10 mg daily."));
    }

    [Fact]
    public void A_nasal_steroid_spray_and_a_prednisone_burst_are_no_long_term_steroid()
    {
        var codes = Codes("ASSESSMENT: Allergic rhinitis.\nMEDICATIONS: fluticasone nasal spray daily; prednisone 40 mg daily for 5 days.");

        Assert.DoesNotContain(codes, c => c.StartsWith("Z79.5", StringComparison.Ordinal));
    }

    [Fact]
    public void A_coma_scale_is_coded_only_beside_a_brain_injury()
    {
        Assert.DoesNotContain(Codes("ASSESSMENT: Intentional overdose of acetaminophen. GCS 15 in the emergency department.", CareSetting.Emergency),
            c => c.StartsWith("R40.2", StringComparison.Ordinal));
        Assert.Contains(Codes("ASSESSMENT: Concussion with loss of consciousness of 10 minutes, initial encounter. GCS 11 in the emergency department.", CareSetting.Emergency),
            c => c.StartsWith("R40.242", StringComparison.Ordinal));

        // 13–15 is the exam's "alert": coders leave it out even beside a concussion.
        Assert.DoesNotContain(Codes("ASSESSMENT: Concussion without loss of consciousness, initial encounter. GCS 14 in the emergency department.", CareSetting.Emergency),
            c => c.StartsWith("R40.24", StringComparison.Ordinal));
    }

    [Fact]
    public void A_malignancy_with_no_evidence_of_recurrence_at_a_surveillance_visit_is_z08_then_its_history()
    {
        var codes = Codes("REASON: thyroid cancer follow-up.\nIMPRESSION:\n- Papillary thyroid cancer, excellent response to therapy, no evidence of recurrent disease.\n"
            + "- Postsurgical hypothyroidism, euthyroid on replacement.");

        Assert.Equal("Z08", codes[0]);
        Assert.Contains("Z85.850", codes);
        Assert.DoesNotContain("C73", codes);
    }

    [Fact]
    public void A_malignancy_staged_without_nodal_disease_is_current()
    {
        Assert.Contains("C73", Codes("ASSESSMENT: Papillary thyroid carcinoma of the right lobe, no nodal disease; total thyroidectomy planned."));
    }

    [Fact]
    public void A_planned_delivery_leaves_the_pregnancy_current_with_its_trimester()
    {
        var codes = WomansCodes("ASSESSMENT:\n- Intrauterine pregnancy at 28 weeks 3 days.\n- Gestational hypertension. Delivery at 37 weeks if stable.", CareSetting.Office);

        Assert.Contains("O13.3", codes);
    }

    [Fact]
    public void Gestational_diabetes_is_its_own_obstetric_code_not_a_type_2_diabetes()
    {
        var codes = WomansCodes("ASSESSMENT:\n1) Intrauterine pregnancy at 27 weeks.\n2) Gestational diabetes mellitus, new diagnosis. Referred to diabetes education.", CareSetting.Office);

        Assert.Contains(codes, c => c.StartsWith("O24.4", StringComparison.Ordinal));
        Assert.DoesNotContain("E11.9", codes);
        Assert.DoesNotContain(codes, c => c.StartsWith("O24.1", StringComparison.Ordinal));
    }

    [Fact]
    public void Hypertension_read_several_ways_is_coded_once_as_the_combination()
    {
        var codes = Codes("ASSESSMENT:\n#1 Chronic diastolic heart failure due to hypertensive heart and chronic kidney disease, compensated.\n"
            + "#2 CKD stage 4.\n#3 Hypertension controlled.");

        Assert.Contains("I13.0", codes);
        Assert.DoesNotContain(codes, c => c is "I10" or "I11.0" or "I12.9" or "I13.10");
    }

    [Fact]
    public void An_intentional_overdose_is_the_self_harm_poisoning_listed_before_its_manifestation()
    {
        var codes = Codes("IMPRESSION:\n- Intentional acetaminophen overdose (suicide attempt), with vomiting.\n- Depression.", CareSetting.Emergency);

        Assert.Equal("T39.1X2A", codes[0]);
        Assert.Contains("R11.10", codes);
        Assert.DoesNotContain(codes, c => c.StartsWith("T14.91", StringComparison.Ordinal));
    }

    [Fact]
    public void An_overdose_with_no_stated_intent_is_accidental_and_a_treatment_drug_is_not_poisoned()
    {
        var codes = Codes("IMPRESSION: Acetaminophen overdose, treated with acetylcysteine after two doses of ondansetron.", CareSetting.Emergency);

        Assert.Contains("T39.1X1A", codes);
        Assert.DoesNotContain(codes, c => c.StartsWith("T45", StringComparison.Ordinal) || c.StartsWith("T50.6", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Hyponatremia due to hydrochlorothiazide, taken as prescribed.", "T50.2X5A")]
    [InlineData("Duodenal ulcer with hemorrhage, NSAID-induced - ibuprofen 800 mg three times daily.", "T39.315A")]
    [InlineData("Hypoglycemia due to insulin in type 2 diabetes mellitus, without coma.", "T38.3X5A")]
    public void A_drug_properly_taken_that_caused_the_condition_is_its_adverse_effect_after_the_condition(string statement, string code)
    {
        var codes = Codes("DISCHARGE DIAGNOSES:\n1. " + statement, CareSetting.Inpatient);

        Assert.Contains(code, codes);
        Assert.NotEqual(code, codes[0]);
    }

    [Theory]
    [InlineData("Iron deficiency anemia secondary to chronic blood loss from menorrhagia.")]
    [InlineData("Secondary hyperparathyroidism, renal - continue calcitriol.")]
    [InlineData("Steroid-induced hyperglycemia, on insulin sliding scale.")]
    public void A_substance_named_beside_a_cause_word_that_is_not_its_effect_codes_no_drug(string statement)
    {
        var codes = Codes("ASSESSMENT:\n1. " + statement);

        Assert.DoesNotContain(codes, c => c.StartsWith("T45", StringComparison.Ordinal) || c.StartsWith("T38.3", StringComparison.Ordinal));
    }

    [Fact]
    public void Underdosing_for_cost_follows_the_condition_with_its_intent()
    {
        var codes = Codes("DISCHARGE DIAGNOSES:\n1. Diabetic ketoacidosis, type 1 diabetes mellitus, without coma.\n2. Insulin underdosing - patient rationing insulin due to cost.",
            CareSetting.Inpatient);

        Assert.Equal("E10.10", codes[0]);
        Assert.Contains("T38.3X6A", codes);
        Assert.Contains("Z91.120", codes);
    }

    [Fact]
    public void The_admission_diagnosis_gives_way_to_the_discharge_diagnoses()
    {
        var codes = Codes("ADMIT DIAGNOSIS: Upper GI bleed, melena, symptomatic anemia.\nDISCHARGE DIAGNOSES:\n1. Bleeding duodenal ulcer, treated endoscopically.\n"
            + "2. Acute blood loss anemia, transfused.", CareSetting.Inpatient);

        Assert.Equal("K26.4", codes[0]);
        Assert.Contains("D62", codes);
        Assert.DoesNotContain("D64.9", codes);
        Assert.DoesNotContain("K92.1", codes);
    }

    [Fact]
    public void A_postpartum_visit_has_no_weeks_of_gestation_and_a_mothers_record_no_newborn_code()
    {
        Assert.DoesNotContain(WomansCodes("ASSESSMENT: Postpartum visit, 6 weeks after vaginal delivery at 39 weeks gestation. Postpartum depression.", CareSetting.Office),
            c => c.StartsWith("Z3A", StringComparison.Ordinal));
        Assert.DoesNotContain(Delivery("DISCHARGE DIAGNOSES: Term pregnancy at 39 weeks, delivered by repeat cesarean; liveborn female infant, Apgars 8 and 9."),
            c => c.StartsWith("Z38", StringComparison.Ordinal));
    }

    [Fact]
    public void Type_1_diabetes_stated_is_not_also_the_default_type_2()
    {
        var codes = Codes("DISCHARGE DIAGNOSES:\n1. Diabetic ketoacidosis, type 1 diabetes mellitus, without coma.\n2. Diabetic ketoacidosis resolved.", CareSetting.Inpatient);

        Assert.Contains("E10.10", codes);
        Assert.DoesNotContain(codes, c => c.StartsWith("E11", StringComparison.Ordinal));
    }

    [Fact]
    public void Hypertensive_heart_and_kidney_disease_with_heart_failure_and_diabetic_nephropathy_with_ckd_take_their_combinations()
    {
        var codes = Codes("DISCHARGE DIAGNOSES:\n1. Acute on chronic systolic congestive heart failure.\n2. Hypertensive heart and chronic kidney disease.\n"
            + "3. Chronic kidney disease stage 3b.\n4. Type 2 diabetes mellitus with diabetic nephropathy, on insulin.", CareSetting.Inpatient);

        Assert.Contains("I13.0", codes);
        Assert.DoesNotContain("I13.10", codes);
        Assert.Contains("E11.22", codes);
        Assert.DoesNotContain("E11.21", codes);
    }

    [Fact]
    public void Gestational_diabetes_at_the_delivery_is_the_childbirths()
    {
        var codes = Delivery("DISCHARGE DIAGNOSES:\n1. Intrauterine pregnancy at 39 weeks, delivered by low transverse cesarean; liveborn male, Apgars 8 and 9.\n"
            + "2. Gestational diabetes, diet controlled.");

        Assert.Contains("O24.420", codes);
        Assert.DoesNotContain(codes, c => c.StartsWith("O24.41", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("SOCIAL HISTORY: Exposure to secondhand smoke at home; father smokes outside.")]
    [InlineData("SOCIAL HISTORY: Passive smoke exposure from parents.")]
    public void Smoke_the_patient_is_exposed_to_is_not_the_patients_smoking(string social)
    {
        Assert.DoesNotContain(Codes("ASSESSMENT: Asthma, mild intermittent.\n" + social), c => c.StartsWith("F17", StringComparison.Ordinal));
    }

    private static List<string> Delivery(string note) => WomansCodes(note, CareSetting.Inpatient);
}
