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
}
