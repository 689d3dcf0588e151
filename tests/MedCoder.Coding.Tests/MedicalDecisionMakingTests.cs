using MedCoder.Coding.Services;

namespace MedCoder.Coding.Tests;

/// <summary>The three MDM elements and the two-of-three rule, from the CPT 2021/2023 E/M MDM table.</summary>
public sealed class MedicalDecisionMakingTests
{
    [Theory]
    [InlineData("Viral pharyngitis, self-limited.", MdmLevel.Straightforward)]          // one self-limited problem: minimal
    [InlineData("Essential hypertension, stable.", MdmLevel.Low)]                          // one stable chronic illness
    [InlineData("Ankle sprain, acute uncomplicated.", MdmLevel.Low)]                       // acute uncomplicated injury
    [InlineData("Hypertension, stable. Type 2 diabetes, well controlled.", MdmLevel.Moderate)] // two stable chronic illnesses
    [InlineData("COPD exacerbation.", MdmLevel.Moderate)]                                  // chronic illness with exacerbation
    [InlineData("Influenza with systemic symptoms.", MdmLevel.Moderate)]                  // acute illness with systemic symptoms
    [InlineData("Asthma with severe exacerbation.", MdmLevel.High)]                       // chronic illness, severe exacerbation
    [InlineData("Suspected aortic dissection, a threat to life.", MdmLevel.High)]         // threat to life
    public void Problems_addressed(string note, MdmLevel expected)
    {
        var problems = ProblemsAddressed.In(note, 0);

        Assert.True(problems.Documented);
        Assert.Equal(expected, problems.Level);
    }

    [Theory]
    [InlineData("Heart failure, no exacerbation today.")]
    [InlineData("Patient is hemodynamically stable.")]
    [InlineData("Return if symptoms are worsening.")]
    [InlineData("Return for worsening SOB or confusion.")]
    public void Negated_hypothetical_and_patient_state_cues_are_not_problems(string note)
    {
        Assert.False(ProblemsAddressed.In(note, 0).Documented);
    }

    [Theory]
    [InlineData("CBC reviewed.", MdmLevel.Straightforward)]                       // one unique test
    [InlineData("CBC reviewed. Repeat CBC ordered.", MdmLevel.Straightforward)]  // the same test counts once
    [InlineData("CBC and BMP reviewed.", MdmLevel.Low)]                          // two unique tests: limited
    [InlineData("History obtained from his mother.", MdmLevel.Low)]              // independent historian alone: limited
    [InlineData("CBC, BMP and chest x-ray reviewed.", MdmLevel.Moderate)]        // category 1: three unique tests
    [InlineData("Urinalysis reviewed. Outside records reviewed. History obtained from her daughter.", MdmLevel.Moderate)] // test + notes + historian
    [InlineData("I independently interpreted the ECG.", MdmLevel.Moderate)]     // category 2 alone
    [InlineData("Discussed management with Dr. Lee of cardiology.", MdmLevel.Moderate)] // category 3 alone
    [InlineData("CBC, BMP and troponin reviewed. I independently interpreted the ECG.", MdmLevel.High)] // categories 1 and 2: extensive
    [InlineData("My interpretation of the chest x-ray: no infiltrate. Discussed with the hospitalist.", MdmLevel.High)] // categories 2 and 3
    public void Data_reviewed_and_analysed(string note, MdmLevel expected)
    {
        var data = DataReviewed.In(note, 0);

        Assert.True(data.Documented);
        Assert.Equal(expected, data.Level);
    }

    [Fact]
    public void Tests_not_done_and_discussions_with_the_patient_are_not_data()
    {
        Assert.False(DataReviewed.In("CT not indicated. Discussed the plan with the patient.", 0).Documented);
    }

    [Theory]
    [InlineData("Reassurance given.", MdmLevel.Straightforward)]
    [InlineData("Ibuprofen over the counter as needed.", MdmLevel.Low)]            // OTC drugs
    [InlineData("Started on lisinopril 10 mg daily.", MdmLevel.Moderate)]          // prescription drug management
    [InlineData("Increase the dose of metformin.", MdmLevel.Moderate)]
    [InlineData("Unable to afford insulin; social determinants of health limit treatment.", MdmLevel.Moderate)]
    [InlineData("Decision to admit to medicine.", MdmLevel.High)]                 // decision regarding hospitalization
    [InlineData("Transfer to ICU for escalation of care.", MdmLevel.High)]
    [InlineData("Family agrees with DNR and comfort care given poor prognosis.", MdmLevel.High)]
    public void Risk_of_patient_management(string note, MdmLevel expected)
    {
        var risk = ManagementRisk.In(note, 0);

        Assert.True(risk.Documented);
        Assert.Equal(expected, risk.Level);
    }

    [Fact]
    public void Oxygen_titrated_to_saturation_is_not_prescription_drug_management()
    {
        Assert.False(ManagementRisk.In("Supplemental O2 via nasal cannula titrated to SpO2 > 92%.", 0).Documented);
    }

    [Fact]
    public void A_past_hospitalization_is_not_a_decision_to_hospitalize()
    {
        Assert.False(ManagementRisk.In("History of hospitalization for pneumonia. Patient was admitted in 2019.", 0).Documented);
    }

    [Theory]
    [InlineData(MdmLevel.High, MdmLevel.Low, MdmLevel.Moderate, MdmLevel.Moderate)]             // one higher element does not lift the level
    [InlineData(MdmLevel.Low, MdmLevel.Low, MdmLevel.High, MdmLevel.Low)]
    [InlineData(MdmLevel.High, MdmLevel.Straightforward, MdmLevel.High, MdmLevel.High)]         // two elements at high
    [InlineData(MdmLevel.Straightforward, MdmLevel.Moderate, MdmLevel.Low, MdmLevel.Low)]
    public void Level_is_the_highest_that_two_of_three_elements_meet(MdmLevel problems, MdmLevel data, MdmLevel risk, MdmLevel expected)
    {
        var mdm = MedicalDecisionMaking.Combine(new(problems, [], true), new(data, [], true), new(risk, [], true));

        Assert.Equal(expected, mdm?.Level);
    }

    [Fact]
    public void With_only_one_element_documented_there_is_no_level()
    {
        Assert.Null(MedicalDecisionMaking.Combine(new(MdmLevel.High, [], true), MdmElement.NotDocumented, MdmElement.NotDocumented));
    }

    [Fact]
    public void Evidence_is_the_cues_of_the_elements_that_meet_the_level()
    {
        const string note = "COPD exacerbation. CBC reviewed. Started on prednisone.";

        var mdm = MedicalDecisionMaking.Of(note, 0)!;

        // problems moderate, data minimal (one test), risk moderate: the data cue does not set the level.
        Assert.Equal(MdmLevel.Moderate, mdm.Level);
        Assert.Equal(["exacerbation", "Started on"], mdm.Evidence.Select(s => note[s.Start..s.End]));
    }
}
