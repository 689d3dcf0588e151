using MedCoder.Contracts.Encounters;
using static MedCoder.Coding.Tests.SharedCoder;

namespace MedCoder.Coding.Tests;

/// <summary>
/// Details each specialty dictates that a code encodes (README, "Claim coding"): the eye's side as OD/OS/OU, combined
/// cataract forms, a disc disorder with radiculopathy by level, a chronic ulcer's site and depth, the symptoms BPH asks
/// to code beside it, a quantity that is no code's number.
/// </summary>
public sealed class SpecialtyDetailsTests
{
    [Theory]
    [InlineData("ASSESSMENT:\n1. Age-related nuclear cataract OU, not yet visually significant.", "H25.13")]
    [InlineData("ASSESSMENT:\n1. Dry eye syndrome OU.", "H04.123")]
    [InlineData("ASSESSMENT:\n1. Combined nuclear sclerotic and cortical age-related cataract, right eye.", "H25.811")]
    public void An_eyes_side_and_form_are_read_as_an_ophthalmologist_writes_them(string note, string expected)
    {
        var codes = Codes(note);

        Assert.Contains(expected, codes);
        Assert.DoesNotContain(codes, c => c is "H25.10" or "H25.11" or "H25.011" or "H04.129");
    }

    [Theory]
    [InlineData("ASSESSMENT:\n1. Lumbar radiculopathy, left L5, due to L4-L5 disc herniation.", "M51.16")]
    [InlineData("ASSESSMENT:\n1. L5-S1 (lumbosacral) disc herniation with left S1 radiculopathy.", "M51.17")]
    [InlineData("ASSESSMENT:\n1. C5-C6 disc herniation with right C6 radiculopathy.", "M50.122")]
    public void A_disc_disorder_with_radiculopathy_is_one_code_by_level(string note, string expected)
    {
        var codes = Codes(note);

        Assert.Contains(expected, codes);
        Assert.DoesNotContain(codes, c => c.StartsWith("M54.1", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("ASSESSMENT:\n1. Type 2 diabetes with a plantar ulcer of the left foot under the first metatarsal head, fat layer exposed.", "L97.522")]
    [InlineData("ASSESSMENT:\n1. Diabetic foot ulcer, right heel, fat layer exposed.", "L97.412")]
    public void A_diabetic_foot_ulcer_has_its_site_and_depth_coded_beside_it(string note, string expected)
    {
        var codes = Codes(note);

        Assert.Contains("E11.621", codes);
        Assert.Contains(expected, codes);
        Assert.DoesNotContain(codes, c => c.StartsWith("L97.9", StringComparison.Ordinal));
    }

    [Fact]
    public void A_number_with_its_unit_is_no_codes_number()
    {
        var codes = Codes("ASSESSMENT:\n1. NSTEMI, 2 weeks ago, s/p DES to RCA.");

        Assert.Contains("I21.4", codes);
        Assert.DoesNotContain("I21.A1", codes);
    }

    [Fact]
    public void Weeks_of_a_pregnancy_stay_its_weeks()
    {
        var codes = WomansCodes("ASSESSMENT: Supervision of normal first pregnancy, second trimester, 20 weeks gestation.");

        Assert.Contains("Z3A.20", codes);
    }

    [Fact]
    public void Dementia_in_alzheimers_disease_is_dementia_in_other_diseases_with_the_stated_onset()
    {
        var codes = Codes("DISCHARGE DIAGNOSES:\n1. Alzheimer's dementia, late onset, moderate, without behavioral disturbance.", CareSetting.Inpatient);

        Assert.Contains("G30.1", codes);
        Assert.Contains("F02.B0", codes);
        Assert.DoesNotContain(codes, c => c.StartsWith("F03", StringComparison.Ordinal));
    }

    [Fact]
    public void An_hiv_infection_the_statement_calls_asymptomatic_is_the_status_code()
    {
        var codes = Codes("ASSESSMENT:\n1. Asymptomatic HIV infection, virally suppressed - continue Biktarvy.");

        Assert.Contains("Z21", codes);
        Assert.DoesNotContain("B20", codes);
    }

    [Theory]
    [InlineData("ASSESSMENT:\n1. BPH with LUTS: weak stream and nocturia - start tamsulosin.", "N40.1")]
    [InlineData("DISCHARGE DIAGNOSES:\n1. Hyponatremia due to SIADH.", "E22.2")]
    [InlineData("ASSESSMENT:\n1. CKD3b, stable.", "N18.32")]
    [InlineData("ASSESSMENT:\n1. Hypertension with CKD 3b.", "N18.32")]
    public void An_abbreviation_clinicians_type_names_its_condition(string note, string expected)
    {
        Assert.Contains(expected, Codes(note, CareSetting.Inpatient));
    }

    [Fact]
    public void A_sites_index_term_picks_its_own_sided_code_from_a_shared_subcategory()
    {
        var codes = Codes("DISCHARGE DIAGNOSES:\n1. Cellulitis of the right foot.", CareSetting.Inpatient);

        Assert.Contains("L03.115", codes);
        Assert.DoesNotContain("L03.119", codes);
    }

    [Fact]
    public void A_chronic_condition_an_operative_report_documents_in_its_indication_is_coded_beside_the_operated_one()
    {
        const string note = "POSTOPERATIVE DIAGNOSIS: Incisional hernia.\nINDICATION: 63-year-old woman with hyperlipidemia on a statin and gastroesophageal reflux on omeprazole.";

        var codes = Codes(note, CareSetting.Inpatient);

        Assert.Contains("E78.5", codes);
        Assert.Contains("K21.9", codes);
    }

    [Fact]
    public void A_complication_named_without_its_type_in_a_type_1_diabetic_is_type_1s()
    {
        var codes = Codes("DISCHARGE DIAGNOSES:\n1. DKA.\nHPI: 24 year old with type 1 diabetes on an insulin pump.", CareSetting.Inpatient);

        Assert.Contains("E10.10", codes);
        Assert.DoesNotContain("E11.10", codes);
    }

    [Theory]
    [InlineData("ASSESSMENT:\n1. Actinic keratoses of the scalp, treated with cryotherapy.", "L57.0")]
    [InlineData("ASSESSMENT:\n1. Elevated PSA, 6.2, rising.", "R97.20")]
    [InlineData("ASSESSMENT:\n1. Exposure to secondhand smoke at home.", "Z77.22")]
    [InlineData("ASSESSMENT:\n1. Asymptomatic HIV infection on Biktarvy, virally suppressed.", "Z79.899")]
    [InlineData("ASSESSMENT:\n1. Rheumatoid arthritis on prednisone 5 mg daily.", "Z79.52")]
    [InlineData("ASSESSMENT:\n1. Recurrent pneumonia history: pneumococcal vaccine (PCV20) given today.", "Z23")]
    public void A_wording_notes_use_reaches_its_code(string note, string expected)
    {
        Assert.Contains(expected, Codes(note));
    }

    [Fact]
    public void A_pleural_effusion_beside_the_heart_failure_that_causes_it_is_an_effusion_in_other_conditions()
    {
        var codes = Codes("DISCHARGE DIAGNOSES:\n1. Acute on chronic systolic heart failure.\n2. Right pleural effusion, s/p thoracentesis.", CareSetting.Inpatient);

        Assert.Contains("J91.8", codes);
        Assert.DoesNotContain("J90", codes);
    }

    [Fact]
    public void Gestational_diabetes_is_coded_by_the_control_the_plan_states()
    {
        var codes = WomansCodes("ASSESSMENT:\n1. Gestational diabetes mellitus, newly diagnosed. Plan diet control first, nutrition referral.");

        Assert.Contains("O24.410", codes);
        Assert.DoesNotContain("O24.419", codes);
    }

    [Fact]
    public void A_problem_oriented_discharge_summary_states_its_diagnoses_under_its_problems()
    {
        var codes = Codes("HOSPITAL MEDICINE DISCHARGE SUMMARY\n\nPrincipal problem: Spontaneous bacterial peritonitis\nActive hospital problems:\n- Alcoholic cirrhosis with ascites", CareSetting.Inpatient);

        Assert.Equal("K65.2", codes[0]);
        Assert.Contains("K70.31", codes);
    }

    [Fact]
    public void Hypoxemic_respiratory_failure_is_respiratory_failure_with_hypoxia()
    {
        Assert.Contains("J96.11", Codes("DISCHARGE DIAGNOSES:\n1. Chronic hypoxemic respiratory failure on home oxygen.", CareSetting.Inpatient));
    }

    [Fact]
    public void An_organism_the_sepsis_code_already_names_waits_for_a_coder()
    {
        var codes = Instance.Value.Code(TestEncounters.WithNote("DISCHARGE DIAGNOSES:\n1. Sepsis due to E. coli, urinary source.\n2. E. coli urinary tract infection.", setting: CareSetting.Inpatient)).Codes;

        Assert.Contains(codes, c => c.Code == "A41.51");
        Assert.True(Assert.Single(codes, c => c.Code == "B96.20").Confidence < 0.9);
    }
}
