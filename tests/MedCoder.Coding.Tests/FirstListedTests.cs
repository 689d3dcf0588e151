using MedCoder.Contracts.Encounters;

namespace MedCoder.Coding.Tests;

/// <summary>What a claim lists first (Guidelines I.A.13, I.C.1.g, IV.A): etiology before manifestation, the encounter's own reason.</summary>
public sealed class FirstListedTests
{
    [Fact]
    public void Covid_19_pneumonia_codes_covid_19_first_and_the_pneumonia_after_it()
    {
        var codes = SharedCoder.Codes("DISCHARGE DIAGNOSES:\n1. COVID-19 pneumonia.\n2. Hypertension.\n", CareSetting.Inpatient);

        Assert.Equal(["U07.1", "J12.82"], codes.Where(c => c is "U07.1" or "J12.82"));
        Assert.Equal("U07.1", codes[0]);
    }

    [Fact]
    public void A_pneumonia_whose_phrase_does_not_name_covid_19_gets_no_covid_code()
    {
        var codes = SharedCoder.Codes("DISCHARGE DIAGNOSES:\n1. Viral pneumonia.\n", CareSetting.Inpatient);

        Assert.DoesNotContain("U07.1", codes);
    }

    [Fact]
    public void A_manifestation_whose_note_says_code_first_the_underlying_condition_is_not_listed_first()
    {
        var codes = SharedCoder.Codes("ASSESSMENT:\n1. Delirium due to known physiological condition.\n2. Urinary tract infection.\n", CareSetting.Inpatient);

        Assert.Equal("N39.0", codes[0]);
        Assert.Contains("F05", codes);
    }

    [Fact]
    public void A_screening_the_plan_sends_the_patient_back_for_is_not_this_visits_reason()
    {
        var codes = SharedCoder.Codes("ASSESSMENT:\n1. COPD, stable.\n2. Solitary pulmonary nodule, stable. Return to annual lung cancer screening.\n");

        Assert.DoesNotContain("Z12.2", codes);
        Assert.Equal("J44.9", codes[0]);
    }

    [Fact]
    public void A_screening_that_is_the_visit_is_listed_first()
    {
        var codes = SharedCoder.Codes("REASON FOR VISIT: Lung cancer screening.\n\nASSESSMENT:\n1. Lung cancer screening.\n2. COPD.\n");

        Assert.Equal("Z12.2", codes[0]);
    }

    [Fact]
    public void Suture_removal_planned_in_days_is_not_this_visits_reason()
    {
        var codes = SharedCoder.Codes("ASSESSMENT:\n1. Laceration of the left forearm, repaired.\n\nDISPOSITION: Suture removal in 10 days.\n", CareSetting.Emergency);

        Assert.DoesNotContain("Z48.02", codes);
    }

    [Fact]
    public void A_screening_told_of_as_past_is_not_this_visits_reason()
    {
        var codes = SharedCoder.Codes("HISTORY: Her low-dose CT for lung cancer screening last month showed a new 9 mm nodule.\n\nASSESSMENT:\n1. Solitary pulmonary nodule, right upper lobe.\n");

        Assert.DoesNotContain("Z12.2", codes);
        Assert.Equal("R91.1", codes[0]);
    }

    [Fact]
    public void An_inpatient_symptom_beside_established_diagnoses_waits_for_a_coder()
    {
        var result = SharedCoder.Instance.Value.Code(TestEncounters.WithNote(
            "DISCHARGE DIAGNOSES:\n1. Clostridioides difficile colitis.\n2. Diarrhea.\n", setting: CareSetting.Inpatient));

        Assert.All(result.Codes.Where(c => c.Code.StartsWith('R')), c => Assert.True(c.Confidence < 0.9));
        Assert.Contains(result.Codes, c => c.Code.StartsWith('R'));
    }
}
