using MedCoder.Contracts.Encounters;
using static MedCoder.Coding.Tests.SharedCoder;

namespace MedCoder.Coding.Tests;

/// <summary>
/// What coders do with details and conventions the words leave to them (README, "Claim coding"): one reading of a mention
/// whose codes exclude each other, a former habit as history, counseling and aftercare that belong to a coded condition,
/// a cough's duration, a mammogram's density, a stent placed this stay, a drug given for a course, an aside the
/// impression leaves out.
/// </summary>
public sealed class CoderConventionsTests
{
    [Fact]
    public void A_recurrent_episode_is_coded_as_recurrent_depression_only()
    {
        var codes = Codes("ASSESSMENT:\n1. Major depressive disorder, recurrent episode, moderate.\n2. Generalized anxiety disorder.");

        Assert.Contains("F33.1", codes);
        Assert.DoesNotContain(codes, c => c.StartsWith("F32", StringComparison.Ordinal));
    }

    [Fact]
    public void Former_tobacco_use_is_history_not_current_use()
    {
        var codes = Codes("ASSESSMENT:\n1. Essential hypertension, controlled.\n2. Former tobacco use.");

        Assert.Contains("Z87.891", codes);
        Assert.DoesNotContain("Z72.0", codes);
    }

    [Fact]
    public void An_adverse_effect_of_a_drug_is_the_drugs_code_not_an_anaphylaxis()
    {
        var codes = Codes("ASSESSMENT:\n1. Hyponatremia due to hydrochlorothiazide, an adverse effect of a correctly prescribed medication. Stop the thiazide.");

        Assert.Contains(codes, c => c.StartsWith("T50.2X5", StringComparison.Ordinal));
        Assert.DoesNotContain(codes, c => c.StartsWith("T78", StringComparison.Ordinal));
    }

    [Fact]
    public void An_allergys_reaction_is_no_current_anaphylaxis()
    {
        Assert.DoesNotContain(Codes("ASSESSMENT:\n1. Streptococcal pharyngitis.\n2. Penicillin allergy with anaphylaxis - azithromycin chosen."),
            c => c.StartsWith("T78.2", StringComparison.Ordinal));
    }

    [Fact]
    public void Counseling_for_a_coded_condition_is_part_of_its_care()
    {
        var codes = Codes("ASSESSMENT:\n1. Essential hypertension.\n2. Tobacco dependence, cigarettes - cessation counseling, 4 minutes.\n3. Obesity, class 1, BMI 32.6 - diet and exercise counseling.");

        Assert.Contains("F17.210", codes);
        Assert.DoesNotContain(codes, c => c.StartsWith("Z71", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("ASSESSMENT:\n1. Laceration of the right index finger without foreign body, repaired. Suture removal in 10 days.")]
    [InlineData("PLAN: home, hydration, avoid prolonged standing, staple removal 7 days.")]
    public void Suture_removal_for_an_injury_or_planned_for_later_is_not_aftercare_now(string note) =>
        Assert.DoesNotContain(Codes(note, CareSetting.Emergency), c => c.StartsWith("Z48.0", StringComparison.Ordinal));

    [Theory]
    [InlineData("EXAM: CHEST, 2 VIEWS\n\nCLINICAL INDICATION: Cough and fever x 5 days. Rule out pneumonia.\n\nFINDINGS: Lungs clear.\n\nIMPRESSION: No acute cardiopulmonary process.", "R05.1")]
    [InlineData("EXAM: CHEST, 2 VIEWS\n\nCLINICAL HISTORY: Cough for 5 weeks, low-grade fever.\n\nFINDINGS: Lungs clear.\n\nIMPRESSION: Normal chest.", "R05.2")]
    [InlineData("EXAM: CHEST, 2 VIEWS\n\nCLINICAL HISTORY: Cough for 4 months.\n\nFINDINGS: Lungs clear.\n\nIMPRESSION: Normal chest.", "R05.3")]
    public void A_cough_is_acute_subacute_or_chronic_by_its_duration(string note, string expected)
    {
        var codes = Codes(note, CareSetting.Outpatient);

        Assert.Contains(expected, codes);
        Assert.DoesNotContain("R05.9", codes);
    }

    [Theory]
    [InlineData("FINDINGS: The breasts are heterogeneously dense, which may obscure small masses. No suspicious mass.\nIMPRESSION: Negative screening mammogram. Heterogeneously dense breasts.", "R92.333")]
    [InlineData("FINDINGS: The right breast is extremely dense.\nIMPRESSION: Extremely dense right breast, no malignancy.", "R92.341")]
    public void Dense_breasts_are_coded_by_composition_and_side(string note, string expected)
    {
        var codes = Codes(note, CareSetting.Outpatient);

        Assert.Contains(expected, codes);
        Assert.DoesNotContain("R92.30", codes);
    }

    [Fact]
    public void A_coronary_stent_placed_this_stay_is_no_stent_status_and_its_new_antiplatelets_no_long_term_therapy()
    {
        const string note = "DISCHARGE DIAGNOSES:\n1. NSTEMI.\n2. Coronary artery disease of native vessel, status post drug-eluting stent to the proximal LAD.\n3. Hypertension.\n\n"
            + "HOSPITAL COURSE: Cardiac catheterization showed 90% proximal LAD stenosis. A 3.0 x 18 mm drug-eluting stent was placed with TIMI 3 flow.\n\n"
            + "DISCHARGE MEDICATIONS: aspirin 81 mg daily, ticagrelor 90 mg BID for 12 months, atorvastatin 80 mg.";
        var codes = Codes(note, CareSetting.Inpatient);

        Assert.Contains("I21.4", codes);
        Assert.DoesNotContain("Z95.5", codes);
        Assert.DoesNotContain(codes, c => c is "Z79.02" or "Z79.82");
    }

    [Fact]
    public void A_stent_from_before_stays_a_status_on_a_stay_that_places_another()
    {
        const string note = "HPI: Known coronary artery disease with prior drug-eluting stent to the RCA in 2019, now with unstable angina.\n\n"
            + "PROCEDURES PERFORMED: Left heart catheterization; deployment of a 3.0 x 22 mm drug-eluting stent to the mid LAD.\n\n"
            + "DISCHARGE DIAGNOSES:\n1. Unstable angina.\n2. Coronary artery disease.";

        Assert.Contains("Z95.5", Codes(note, CareSetting.Inpatient));
    }

    [Theory]
    [InlineData("MEDICATIONS: lisinopril 10 mg daily, aspirin 81 mg BID x 6 weeks for DVT prophylaxis.\nASSESSMENT:\n1. Status post right total knee arthroplasty.\n2. Hypertension.", "Z79.82")]
    [InlineData("DISCHARGE MEDICATIONS: apixaban 5 mg twice daily for 4 weeks, metoprolol 25 mg BID.\nDISCHARGE DIAGNOSES:\n1. Provoked deep vein thrombosis of the left femoral vein.", "Z79.01")]
    public void A_drug_given_for_a_course_is_not_long_term_therapy(string note, string course) =>
        Assert.DoesNotContain(course, Codes(note, CareSetting.Inpatient));

    [Fact]
    public void A_drug_taken_for_years_stays_long_term_when_the_history_counts_days_of_illness()
    {
        Assert.Contains("Z79.84", Codes("HISTORY OF PRESENT ILLNESS: 76-year-old man with type 2 diabetes on metformin presented with 5 days of productive cough.\n"
            + "DISCHARGE DIAGNOSES:\n1. Community-acquired pneumonia.\n2. Type 2 diabetes mellitus.", CareSetting.Inpatient));
    }

    [Fact]
    public void An_aside_of_the_findings_the_impression_leaves_out_is_not_coded()
    {
        var codes = Codes("EXAM: CHEST, 2 VIEWS\n\nCLINICAL INDICATION: Cough and fever for 2 weeks.\n\nFINDINGS: Lungs are clear. Heart size normal. Mild degenerative changes of the thoracic spine.\n\n"
            + "IMPRESSION: No acute cardiopulmonary process.", CareSetting.Outpatient);

        Assert.Contains("R05.1", codes);
        Assert.DoesNotContain(codes, c => c.StartsWith("M47", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("ASSESSMENT:\n1. Seborrheic keratosis of the back, irritated.\n2. History of basal cell carcinoma of the nose, no recurrence.", "Z85.828")]
    [InlineData("ASSESSMENT:\n1. Thyroid nodule, right lobe. Family history of thyroid cancer (mother); FNA ordered.", "Z80.8")]
    public void A_cancer_history_names_its_site_group(string note, string expected)
    {
        var codes = Codes(note);

        Assert.Contains(expected, codes);
        Assert.DoesNotContain(codes, c => c is "Z85.9" or "Z80.9");
    }

    [Theory]
    [InlineData("ASSESSMENT:\n1. Croup (acute laryngotracheitis), mild.", "J05.0", "J04.2")]
    [InlineData("ASSESSMENT:\n1. Oropharyngeal dysphagia after stroke, SLP following.", "R13.12", "R13.10")]
    [InlineData("POSTPROCEDURE DIAGNOSIS:\n1. Grade II internal hemorrhoids, nonbleeding.", "K64.1", "K64.8")]
    [InlineData("ASSESSMENT:\n1. Right upper lobe lung mass.\n2. Mediastinal lymphadenopathy, stations 4R and 7.", "R59.0", "R59.1")]
    [InlineData("IMPRESSION:\n1. Colon cancer screening: FIT kit given.\n2. Essential hypertension.", "I10", "R56.9")]
    public void The_index_and_the_clinicians_words_pick_the_sibling_a_coder_picks(string note, string expected, string notExpected)
    {
        var codes = Codes(note);

        Assert.Contains(expected, codes);
        Assert.DoesNotContain(notExpected, codes);
    }

    [Fact]
    public void A_previous_cesarean_is_the_scar_the_repeat_cesarean_is_for_and_same_keeps_the_preoperative_diagnosis()
    {
        const string note = "PREOPERATIVE DIAGNOSES:\n1. Intrauterine pregnancy at 39 weeks 2 days.\n2. Previous low transverse cesarean section, desires repeat.\n"
            + "3. Desires permanent sterilization.\n\nPOSTOPERATIVE DIAGNOSES: Same, delivered.\n\nPROCEDURE: Repeat low transverse cesarean section; bilateral tubal ligation.";
        var codes = WomansCodes(note, CareSetting.Inpatient);

        Assert.Contains("O34.211", codes);
        Assert.Contains("Z30.2", codes);
        Assert.Contains("Z3A.39", codes);
    }

    [Fact]
    public void Acute_on_chronic_heart_failure_absorbs_the_chronic_failure_the_history_names()
    {
        var codes = Codes("HISTORY: 79 y/o man with chronic systolic heart failure, EF 30%, presented with 3 days of dyspnea.\n"
            + "DISCHARGE DIAGNOSES:\n1. Acute on chronic systolic heart failure.\n2. Hypertension.", CareSetting.Inpatient);

        Assert.Contains(codes, c => c.StartsWith("I50.23", StringComparison.Ordinal) || c.StartsWith("I13", StringComparison.Ordinal) || c.StartsWith("I11", StringComparison.Ordinal));
        Assert.DoesNotContain("I50.22", codes);
    }

    [Fact]
    public void Gestational_diabetes_started_on_diet_is_diet_controlled_whatever_a_conditional_plan_says()
    {
        var codes = WomansCodes("Assessment:\n1. Intrauterine pregnancy at 27w4d.\n2. Gestational diabetes mellitus, new diagnosis - start with diet. "
            + "If fasting >95 consistently, will start insulin or metformin.");

        Assert.Contains("O24.410", codes);
        Assert.DoesNotContain("O24.419", codes);
    }

    [Fact]
    public void The_initial_stroke_scale_is_coded_after_the_stroke_and_not_without_one()
    {
        var codes = Codes("DISCHARGE DIAGNOSES:\n1. Acute ischemic stroke of the left middle cerebral artery territory.\n\nHOSPITAL COURSE: NIHSS on arrival 8. "
            + "NIHSS 3 at discharge.", CareSetting.Inpatient);

        Assert.Contains("R29.708", codes);
        Assert.DoesNotContain("R29.703", codes);
        Assert.DoesNotContain(Codes("DISCHARGE DIAGNOSES:\n1. Transient ischemic attack.\n\nHOSPITAL COURSE: NIHSS 2 on exam.", CareSetting.Inpatient),
            c => c.StartsWith("R29.7", StringComparison.Ordinal));
    }

    [Fact]
    public void A_general_examination_is_listed_before_a_screening_done_during_it()
    {
        var codes = Codes("ASSESSMENT:\n1. Colon cancer screening - colonoscopy referral.\n2. Annual physical examination with abnormal findings: elevated blood pressure.");

        Assert.Equal("Z00.01", codes[0]);
        Assert.Contains("Z12.11", codes);
    }

    [Fact]
    public void An_indications_symptoms_are_listed_in_the_order_the_note_gives_them()
    {
        var codes = Codes("EXAM: CHEST, 2 VIEWS\n\nCLINICAL INDICATION: Cough and fever x 5 days. Rule out pneumonia.\n\nFINDINGS: Lungs clear.\n\n"
            + "IMPRESSION: No acute cardiopulmonary process.", CareSetting.Outpatient);

        Assert.Equal(["R05.1", "R50.9"], codes.Take(2));
    }

    [Theory]
    [InlineData("SOCIAL: Smokes cigars occasionally, 1-2 beers on weekends.\nASSESSMENT:\n1. Gout, right first MTP.")]
    [InlineData("SOCIAL: Denies tobacco, vaping, alcohol.\nASSESSMENT:\n1. Acute otitis media, right ear.")]
    public void Occasional_or_denied_tobacco_is_no_nicotine_dependence(string note) =>
        Assert.DoesNotContain(Codes(note), c => c.StartsWith("F17", StringComparison.Ordinal));

    [Fact]
    public void Weeks_of_gestation_are_the_measured_ones_and_none_with_an_abortive_outcome()
    {
        var measured = WomansCodes("Assessment:\n1. 24 weeks gestation, uncomplicated.\n2. Iron deficiency anemia of pregnancy, second trimester.");
        Assert.Contains("Z3A.24", measured);
        Assert.DoesNotContain("Z3A.09", measured);

        Assert.DoesNotContain(WomansCodes("PREOPERATIVE DIAGNOSIS: Missed abortion at 9 weeks 1 day.\nPOSTOPERATIVE DIAGNOSIS: Same.", CareSetting.Outpatient),
            c => c.StartsWith("Z3A", StringComparison.Ordinal));
    }

    [Fact]
    public void A_burns_extent_and_clinic_are_the_sited_burn_not_an_unsited_one()
    {
        var codes = Codes("ASSESSMENT:\n- Second degree burn of the right palm, initial encounter\n- Burn <1% total body surface area\n- Outpatient burn clinic referral.", CareSetting.Emergency);

        Assert.Contains(codes, c => c.StartsWith("T23.2", StringComparison.Ordinal));
        Assert.DoesNotContain(codes, c => c.StartsWith("T30", StringComparison.Ordinal));
    }

    [Fact]
    public void Helicobacter_beside_its_ulcer_is_the_ulcers_agent()
    {
        var codes = Codes("DISCHARGE DIAGNOSES:\n1. Bleeding duodenal ulcer.\n2. Acute blood loss anemia.\n3. Helicobacter pylori infection.", CareSetting.Inpatient);

        Assert.Contains("B96.81", codes);
        Assert.DoesNotContain("A04.8", codes);
    }

    [Theory]
    [InlineData("A/P:\n1. Cellulitis L lower leg - abscess and DVT ruled out.", "L03.116")]
    [InlineData("A/P:\n1. Laceration R index finger 2 cm, no nail involvement, repaired.", "S61.210A")]
    [InlineData("A/P:\n1. Cutaneous abscess L axilla - I&D performed.", "L02.412")]
    [InlineData("A/P:\n1. Nondisplaced midshaft L clavicle fx, closed.", "S42.025A")]
    public void A_capital_side_letter_and_clinicians_words_site_the_code(string note, string expected) =>
        Assert.Contains(expected, Codes(note, CareSetting.Emergency));

    [Fact]
    public void Two_litres_of_oxygen_is_no_side()
    {
        Assert.DoesNotContain(Codes("A/P:\n1. COPD exacerbation, on 2 L nasal cannula.", CareSetting.Emergency), c => c.StartsWith("R09.8", StringComparison.Ordinal) && c.EndsWith('2'));
    }

    [Theory]
    [InlineData("Discharge: Pneumococcal pneumonia\nSecondary Diagnoses:\n- DM2 on insulin, w/o complications\n- HTN", "E11.9", "E11.8")]
    [InlineData("A/P:\n2. DM2 uncomplicated - cont metformin, hyperglycemia likely from infection.\n1. Cellulitis of left lower leg.", "E11.9", "E11.65")]
    [InlineData("A/P:\n1. DM2 w/ diabetic CKD stage 3b - albuminuria; add empagliflozin.\n2. HTN w/ CKD - BP above goal.", "N18.32", "N18.2")]
    public void What_the_statement_says_of_complications_and_stage_stands(string note, string expected, string contradicted)
    {
        var codes = Codes(note, CareSetting.Inpatient);

        Assert.Contains(expected, codes);
        Assert.DoesNotContain(contradicted, codes);
    }

    [Theory]
    [InlineData("PLAN:\n1. DKA protocol, insulin infusion.\nDVT ppx: SCDs. Code status: full.\nASSESSMENT:\n1. Type 1 diabetes with ketoacidosis.")]
    [InlineData("ASSESSMENT:\n1. Parkinson disease, stable.\n2. Memory concern - wife wonders about Lewy body dementia; Lewy body disease not supported at this time.")]
    public void Prophylaxis_and_a_relatives_question_are_no_diagnosis(string note)
    {
        var codes = Codes(note, CareSetting.Inpatient);

        Assert.DoesNotContain(codes, c => c.StartsWith("I82", StringComparison.Ordinal) || c.StartsWith("G31.83", StringComparison.Ordinal));
    }

    [Fact]
    public void Severe_sepsis_and_its_organism_are_one_sepsis_code_listed_first()
    {
        const string note = "DISCHARGE DIAGNOSES:\n1. Severe sepsis due to Escherichia coli, with acute kidney injury as the sepsis-related organ dysfunction. No septic shock.\n"
            + "2. Acute pyelonephritis, right.\n\nHOSPITAL COURSE: She was started on the sepsis bundle with crystalloid and IV ceftriaxone. Urine and blood cultures grew E. coli.";
        var codes = Codes(note, CareSetting.Inpatient);

        Assert.Equal("A41.51", codes[0]);
        Assert.Contains("R65.20", codes);
        Assert.DoesNotContain("A41.9", codes);
    }

    [Fact]
    public void An_intoxication_in_alcohol_dependence_is_dependence_with_intoxication()
    {
        var codes = Codes("ASSESSMENT/PLAN\n#1 Acute alcohol intoxication in pt w/ moderate alcohol use disorder (alcohol dependence), uncomplicated\n#2 Forehead laceration 3 cm, repaired", CareSetting.Emergency);

        Assert.Contains("F10.220", codes);
        Assert.DoesNotContain(codes, c => c is "F10.20" or "F10.288");
    }

    [Fact]
    public void An_uncertainty_inside_a_span_leaves_an_outpatient_claim_the_certain_symptom()
    {
        var codes = Codes("IMPRESSION:\n1. HEADACHE, PROBABLE MIGRAINE\n2. HYPERTENSION, BP MILDLY ELEVATED", CareSetting.Emergency);

        Assert.Contains("R51.9", codes);
        Assert.DoesNotContain(codes, c => c.StartsWith("G43", StringComparison.Ordinal));
    }

    [Fact]
    public void An_uncertain_diagnosis_at_inpatient_discharge_is_still_coded_as_established()
    {
        Assert.Contains("J13", Codes("DISCHARGE DIAGNOSES:\n1. Pneumonia, probable pneumococcal, right lower lobe.\n2. Type 2 diabetes mellitus.", CareSetting.Inpatient));
    }

    [Fact]
    public void Sciatica_beside_a_probable_disc_herniation_is_the_sciatica_alone_outpatient()
    {
        var codes = Codes("CHIEF COMPLAINT: Low back pain radiating down the left leg.\nASSESSMENT AND PLAN:\n1. Left-sided sciatica, probable L5-S1 disc herniation. MRI lumbar spine ordered.");

        Assert.Contains("M54.32", codes);
        Assert.DoesNotContain(codes, c => c.StartsWith("M51", StringComparison.Ordinal));
    }

    [Fact]
    public void A_condition_dated_by_a_past_year_is_history()
    {
        var codes = Codes("HPI: 60-year-old woman for follow-up. She had an unprovoked PE in 2023 and remains on apixaban indefinitely. Kidney stones in March 2014. "
            + "Coronary artery disease status post CABG in 2019, no angina.\nASSESSMENT: 1. Coronary artery disease, stable. 2. Long-term anticoagulation.");

        Assert.Contains("Z86.711", codes);
        Assert.Contains("Z87.442", codes);
        Assert.Contains("I25.10", codes);
        Assert.DoesNotContain(codes, c => c.StartsWith("I26", StringComparison.Ordinal) || c.StartsWith("N20", StringComparison.Ordinal));
    }

    [Fact]
    public void A_numbered_item_inside_a_line_is_a_statement_of_its_own()
    {
        var codes = Codes("DISCHARGE DIAGNOSES: 1) influenza A pneumonia 2) history of pulmonary embolism on long-term apixaban", CareSetting.Inpatient);

        Assert.Contains("J10.00", codes);
        Assert.Contains("Z86.711", codes);
        Assert.DoesNotContain(codes, c => c.StartsWith("I26", StringComparison.Ordinal));
    }

    [Fact]
    public void A_dialysis_fistula_is_no_joint_fistula_and_fit_is_no_seizure()
    {
        var codes = Codes("ASSESSMENT:\n1. CKD stage 4 - referral to vascular surgery for AV fistula evaluation.\n2. Type 2 diabetes - change glargine to morning dosing to fit shift work.");

        Assert.DoesNotContain(codes, c => c.StartsWith("M25.1", StringComparison.Ordinal) || c.StartsWith("R56", StringComparison.Ordinal));
    }

    [Fact]
    public void A_joint_replacement_still_to_come_is_no_status()
    {
        var codes = Codes("Requested for medical clearance prior to right total knee arthroplasty scheduled in 2 weeks.\nASSESSMENT:\n1. Preoperative medical examination for planned right total knee arthroplasty.\n"
            + "2. Primary osteoarthritis, right knee.\n3. Status post left TKA - stable.");

        Assert.Contains("Z96.652", codes);
        Assert.DoesNotContain("Z96.651", codes);
    }

    [Fact]
    public void Hypertensive_heart_disease_includes_its_ventricular_hypertrophy()
    {
        var codes = Codes("IMPRESSION:\n1. Hypertensive heart disease with left ventricular hypertrophy, without heart failure.");

        Assert.Contains("I11.9", codes);
        Assert.DoesNotContain("I51.7", codes);
    }

    [Fact]
    public void A_malignancy_under_treatment_is_not_also_its_own_history()
    {
        var codes = WomansCodes("PMH: Breast cancer as above. Hypertension.\nASSESSMENT:\n1. Left breast cancer, upper outer quadrant, ER+ - no evidence of disease, continue adjuvant anastrozole.");

        Assert.Contains("C50.412", codes);
        Assert.DoesNotContain("Z85.3", codes);
    }

    [Fact]
    public void Gout_of_the_great_toe_is_gout_of_the_ankle_and_foot()
    {
        Assert.Contains("M10.072", Codes("ASSESSMENT:\n1. Acute gout flare, left great toe (first MTP), idiopathic gout, crystal-proven."));
    }

    [Theory]
    [InlineData("HPI: nausea and 4 episodes of non-bloody non-bilious vomiting.\nDIAGNOSES:\n1. Right lower quadrant abdominal pain\n2. Nausea and vomiting", "R11.2", "R11.14")]
    [InlineData("ASSESSMENT: non-bilious vomiting.", "R11.10", "R11.14")]
    public void Non_denies_the_word_it_joins_and_nausea_with_vomiting_is_one_code(string note, string expected, string absent)
    {
        var codes = Codes(note, CareSetting.Emergency);

        Assert.Contains(expected, codes);
        Assert.DoesNotContain(absent, codes);
    }

    [Fact]
    public void A_bleeding_ulcer_is_the_ulcer_with_hemorrhage()
    {
        var codes = Codes("DISCHARGE DIAGNOSES: 1. Bleeding gastric ulcer (chronic, antral). 2. Acute blood loss anemia.", CareSetting.Inpatient);

        Assert.Contains("K25.4", codes);
        Assert.DoesNotContain(codes, c => c is "K25.7" or "K25.9");
    }

    [Fact]
    public void A_deliverys_perineal_tear_is_coded_and_its_postpartum_day_is_no_smoking()
    {
        var codes = WomansCodes("DISCHARGE DIAGNOSES:\n1. Term pregnancy at 39 weeks, delivered.\n2. Second-degree perineal laceration, repaired.\n"
            + "CONDITION: Good. Discharged PPD 1 with baby. F/U postpartum visit 6 wks, sooner for fever, foul lochia, heavy bleeding.", CareSetting.Inpatient);

        Assert.Contains("O70.1", codes);
        Assert.DoesNotContain(codes, c => c is "O80" or "F17.210" or "O99.334" or "R50.9");
    }

    [Fact]
    public void Weeks_and_days_written_together_are_the_gestational_age()
    {
        Assert.Contains("Z3A.09", WomansCodes("HPI: 37 yo G1P0, dating US today CRL c/w 9w3d, single IUP.\nASSESSMENT:\n1. Supervision of elderly primigravida, first trimester, 9w3d."));
    }

    [Fact]
    public void A_report_that_names_one_side_gives_it_to_an_unsided_finding()
    {
        var codes = Codes("MRI LEFT KNEE WITHOUT CONTRAST\nCLINICAL INFORMATION: Twisting injury, medial pain.\nIMPRESSION:\n1. Chondromalacia patellae, grade 2.", CareSetting.Outpatient);

        Assert.Contains("M22.42", codes);
        Assert.DoesNotContain("M22.40", codes);
    }

    [Fact]
    public void A_question_mark_before_a_diagnosis_is_a_doubt_outpatient()
    {
        var codes = Codes("IMPRESSION:\n1. Forehead laceration.\n2. ? CONCUSSION - LOC UNCERTAIN, NO DEFICITS\n3. ?pneumonia", CareSetting.Emergency);

        Assert.Contains("S01.81XA", codes);
        Assert.DoesNotContain(codes, c => c.StartsWith("S06", StringComparison.Ordinal) || c.StartsWith("J18", StringComparison.Ordinal));
    }

    [Fact]
    public void An_infarction_months_ago_is_an_old_one_and_the_knees_ligaments_are_read_from_their_letters()
    {
        var codes = Codes("ASSESSMENT:\n1. CAD of native coronaries, no angina.\n2. NSTEMI 3 months ago, recovered.\n3. Grade II MCL sprain, left knee.");

        Assert.Contains("I25.2", codes);
        Assert.DoesNotContain(codes, c => c.StartsWith("I21", StringComparison.Ordinal));
        Assert.Contains(codes, c => c.StartsWith("S83.412", StringComparison.Ordinal));
    }

    [Fact]
    public void A_post_procedure_dx_is_the_procedures_diagnosis_and_us_wordings_are_read()
    {
        Assert.Contains("L60.0", Codes("PROCEDURE NOTE\nProcedure: Partial nail avulsion, R great toe.\nPost-procedure dx: Ingrown toenail R great toe.", CareSetting.Outpatient));
        Assert.Contains("N92.0", WomansCodes("IMPRESSION:\n1. Heavy menstrual bleeding with regular cycles."));
    }

    [Fact]
    public void A_drug_tolerated_is_no_allergy()
    {
        Assert.DoesNotContain(Codes("ALLERGIES: PCN - hives as a child (tolerated ceftriaxone).\nASSESSMENT: Community-acquired pneumonia."), c => c == "Z88.1");
    }

    [Theory]
    [InlineData("PREOP DX: Degenerative spondylolisthesis L4-L5 with lumbar spinal stenosis and neurogenic claudication.", "M43.16", "M48.062")]
    [InlineData("ASSESSMENT:\n1. Lumbar spinal stenosis L4-L5, foraminal, without neurogenic claudication.\n2. Right L4 radiculopathy.", "M48.061", "M54.16")]
    [InlineData("IMPRESSION:\n1. Lumbar disc herniation.", "M51.26", "M51.26")]
    public void A_spinal_condition_takes_the_region_its_level_names(string note, string first, string second)
    {
        var codes = Codes(note, CareSetting.Outpatient);

        Assert.Contains(first, codes);
        Assert.Contains(second, codes);
        Assert.DoesNotContain(codes, c => c is "M43.10" or "M48.00" or "M54.10");
    }

    [Fact]
    public void An_infected_knee_replacement_with_its_organism_is_the_prosthesis_infection_and_the_cause()
    {
        var codes = Codes("DISCHARGE DIAGNOSES:\n1. Periprosthetic joint infection, left total knee arthroplasty, methicillin-sensitive Staphylococcus aureus.", CareSetting.Inpatient);

        Assert.Contains("T84.54XA", codes);
        Assert.Contains("B95.61", codes);
        Assert.DoesNotContain(codes, c => c is "M00.9" or "A49.01");
    }

    [Fact]
    public void A_full_thickness_supraspinatus_tear_is_a_complete_rotator_cuff_tear()
    {
        Assert.Contains("M75.122", Codes("MRI LEFT SHOULDER\nIMPRESSION:\n1. Full-thickness supraspinatus tear with 1.5 cm retraction.", CareSetting.Outpatient));
    }

    [Theory]
    [InlineData("ASSESSMENT:\n1. Nondisplaced Jones fracture right fifth metatarsal with delayed healing.", "S92.354G")]
    [InlineData("Reason: Cast change, left tibia fracture.\nProcedure: Application of a short leg cast.\nASSESSMENT: Closed nondisplaced transverse fracture of the left tibial shaft, 4 weeks.", "S82.225D")]
    [InlineData("ASSESSMENT:\n1. Nondisplaced fracture of the left scaphoid waist. Given the risk of delayed union, thumb spica immobilization.", "S62.025A")]
    public void A_fractures_healing_and_a_cast_change_set_the_seventh_character(string note, string expected)
    {
        Assert.Contains(expected, Codes(note, CareSetting.Office));
    }

    [Fact]
    public void A_withdrawal_whose_complications_are_denied_is_uncomplicated()
    {
        var codes = Codes("DISCHARGE DIAGNOSES: ALCOHOL DEPENDENCE WITH WITHDRAWAL, NO DELIRIUM, NO SEIZURES, NO HALLUCINATIONS.", CareSetting.Inpatient);

        Assert.Contains("F10.230", codes);
        Assert.DoesNotContain("F10.239", codes);
    }

    [Theory]
    [InlineData("ASSESSMENT: Sepsis due to MRSA pneumonia.", "A41.02", "J15.212")]
    [InlineData("ASSESSMENT: Cellulitis of the left lower leg due to MRSA.", "L03.116", "B95.62")]
    public void Mrsa_is_read_in_the_infection_it_causes(string note, string first, string second)
    {
        var codes = Codes(note, CareSetting.Inpatient);

        Assert.Contains(first, codes);
        Assert.Contains(second, codes);
        Assert.DoesNotContain("A49.02", codes);
    }

    [Fact]
    public void An_impression_of_statuses_only_leaves_the_indications_symptoms()
    {
        var codes = Codes("EXAM: CHEST, 2 VIEWS\n\nCLINICAL HISTORY: Cough and fever for 3 weeks. Former smoker.\n\nFINDINGS: Median sternotomy wires from prior CABG. Lungs clear.\n\n"
            + "IMPRESSION:\n1. No acute cardiopulmonary process.\n2. Postoperative changes of prior CABG, otherwise unremarkable chest.", CareSetting.Outpatient);

        Assert.Contains("R05.2", codes);
        Assert.Contains("R50.9", codes);
        Assert.Contains("Z95.1", codes);
    }

    [Fact]
    public void A_newborns_birth_episode_is_a_liveborn_first_and_the_mothers_diabetes_is_the_infants_code()
    {
        const string note = "NEWBORN DISCHARGE SUMMARY\nADMISSION DIAGNOSIS: Term male infant, born by spontaneous vaginal delivery in this hospital.\n"
            + "DISCHARGE DIAGNOSES:\n1. Term newborn, vaginal delivery.\n2. Infant of gestational diabetic mother with transient hypoglycemia, resolved.\n3. Neonatal hyperbilirubinemia treated with phototherapy.";
        var born = new DateOnly(2026, 3, 2);
        var codes = SharedCoder.Instance.Value.Code(new MedCoder.Testing.EncounterBuilder().WithNote(note).WithSetting(CareSetting.Inpatient)
            .WithPatientBirthDate(born).WithServiceDate(born).Build()).Codes.Select(c => c.Code).ToList();

        Assert.Equal("Z38.00", codes[0]);
        Assert.Contains("P70.0", codes);
        Assert.DoesNotContain(codes, c => c[0] == 'O' || c is "Z83.3" or "P70.1");
    }

    [Theory]
    [InlineData("DISCHARGE DIAGNOSIS: HYPEREMESIS GRAVIDARUM WITH DEHYDRATION AND HYPOKALEMIA, IMPROVED. 27 yo G2P1 at 10 weeks 3 days.", "O21.1", "E87.6")]
    [InlineData("ASSESSMENT:\n1. Smoker.\n2. Alcohol use discussed, advised limits.", "F17.210", "F10.921")]
    public void What_a_title_names_is_not_coded_beside_it_and_unspecified_use_names_no_complication(string note, string expected, string absent)
    {
        var codes = WomansCodes(note, CareSetting.Inpatient);

        Assert.Contains(expected, codes);
        Assert.DoesNotContain(absent, codes);
    }

    [Theory]
    [InlineData("Impression: Normal intrauterine pregnancy, first pregnancy, 9w1d by ultrasound.", "Z34.01")]
    [InlineData("Assessment: 1. Encounter for IUD insertion. 2. Heavy menstrual bleeding, regular cycles.", "Z30.430")]
    [InlineData("Assessment and Plan:\n1. Continuing injectable contraception - Depo-Provera 150 mg IM given.", "Z30.42")]
    public void A_womens_health_visit_is_coded_for_its_reason(string note, string expected)
    {
        Assert.Contains(expected, WomansCodes(note));
    }

    [Fact]
    public void A_letters_stated_impression_is_its_diagnostic_statement()
    {
        var codes = WomansCodes("Thank you for asking me to see your patient for heavy periods. Her mother carries a diagnosis of von Willebrand disease.\n"
            + "My impression is heavy menstrual bleeding with regular cycles, possible inherited bleeding disorder.");

        Assert.Contains("N92.0", codes);
    }

    [Fact]
    public void A_routine_postpartum_visit_is_listed_first_and_pcos_is_read()
    {
        Assert.Equal("Z39.2", WomansCodes("ASSESSMENT:\n1. Routine postpartum exam, normal.\n2. Contraception counseling.")[0]);
        Assert.Contains("E28.2", WomansCodes("IMPRESSION:\n1. PCOS, improving cycles on metformin."));
    }
}
