using MedCoder.Coding.Services;
using MedCoder.Contracts.Coding;
using MedCoder.Contracts.Encounters;

namespace MedCoder.Coding.Tests;

/// <summary>
/// E/M codes per setting from the CPT 2021 office / 2023 all-settings tables. Each note's comment gives the
/// element levels (problems / data / risk) and the two-of-three result the expected code follows from.
/// </summary>
public sealed class VisitLevelTests
{
    private static SuggestedCode? Level(string note, CareSetting setting) => VisitLevel.ForNote(note, 0, setting);

    [Theory]
    // minimal / none / minimal → straightforward → 99212
    [InlineData("Viral pharyngitis, self-limited. Reassurance given.", "99212")]
    // low (one stable chronic) / limited (two tests) / none → low → 99213
    [InlineData("Essential hypertension, stable. BMP and lipid panel reviewed.", "99213")]
    // moderate (worsening chronic) / minimal (one test) / moderate (dose increase) → moderate → 99214
    [InlineData("Type 2 diabetes, worsening. Hemoglobin A1c reviewed. Increase the dose of metformin.", "99214")]
    // high (severe exacerbation) / limited (two tests) / high (hospitalization) → high → 99215
    [InlineData("COPD with severe exacerbation. Chest x-ray and ABG ordered. Will admit to the hospital.", "99215")]
    public void Office_established_patient_by_mdm(string note, string expected)
    {
        var visit = Level(note, CareSetting.Office);

        Assert.Equal((expected, "em-mdm"), (visit?.Code, visit?.Rule));
    }

    [Theory]
    // minimal / none / minimal → straightforward → 99202
    [InlineData("New patient. Contact dermatitis, self-limited. Reassurance.", "99202")]
    // low (acute uncomplicated) / limited (two tests) / low (physical therapy) → low → 99203
    [InlineData("New patient. Knee strain, acute uncomplicated. Knee x-ray and CBC reviewed. Physical therapy.", "99203")]
    // moderate (two stable chronic) / none / moderate (prescription) → moderate → 99204
    [InlineData("New patient. Hypertension, stable. Hypothyroidism, well controlled. Prescribed lisinopril and levothyroxine refills.", "99204")]
    public void Office_new_patient_by_mdm(string note, string expected)
    {
        Assert.Equal(expected, Level(note, CareSetting.Office)?.Code);
    }

    [Theory]
    // minimal / none / minimal → straightforward → 99282 (99281 is never suggested)
    [InlineData("Finger abrasion, self-limited. Reassurance and wound care.", "99282")]
    // low (acute uncomplicated) / limited (two tests) / low (OTC) → low → 99283
    [InlineData("Urinalysis and urine culture reviewed. Acute uncomplicated cystitis. Ibuprofen over the counter for discomfort.", "99283")]
    // moderate (systemic symptoms) / moderate (three unique tests) / high (decision to admit) → two of three at moderate → 99284
    [InlineData("Community-acquired pneumonia with fever and systemic symptoms. CBC, BMP and chest x-ray reviewed. IV antibiotics given; decision to admit to medicine.", "99284")]
    // high (threat to life) / extensive (three tests + independent interpretation) / high (ICU) → high → 99285
    [InlineData("Acute respiratory failure, life-threatening. ABG, BNP and chest x-ray reviewed. I independently interpreted the chest x-ray. Transfer to ICU.", "99285")]
    public void Emergency_department_by_mdm(string note, string expected)
    {
        Assert.Equal(expected, Level(note, CareSetting.Emergency)?.Code);
    }

    [Fact]
    public void Emergency_department_ignores_time()
    {
        // minimal / none / minimal → 99282, although 60 minutes would be the top level in any time-based family.
        var visit = Level("Finger abrasion, self-limited. Reassurance. Total time 60 minutes.", CareSetting.Emergency);

        Assert.Equal(("99282", "em-mdm"), (visit?.Code, visit?.Rule));
    }

    [Theory]
    // low (acute uncomplicated) / minimal (one test) / moderate (started on IV antibiotics) → low → 99221 (straightforward/low share it)
    [InlineData("ADMISSION H&P. Cellulitis of the leg, acute uncomplicated. CBC reviewed. Started on IV antibiotics.", "99221")]
    // moderate (exacerbation) / limited (two tests) / moderate (prescription) → moderate → 99222
    [InlineData("HISTORY AND PHYSICAL. Heart failure exacerbation. BNP and BMP reviewed. Increased the dose of furosemide.", "99222")]
    // high (threat to life) / moderate (three tests) / high (ICU) → high → 99223
    [InlineData("HISTORY AND PHYSICAL. Sepsis from pneumonia, a threat to life. Lactate, blood cultures and CBC reviewed. Admit to the ICU.", "99223")]
    public void Initial_hospital_care_by_mdm(string note, string expected)
    {
        Assert.Equal(expected, Level(note, CareSetting.Inpatient)?.Code);
    }

    [Theory]
    // low (stable chronic) / minimal / moderate (prescription) → low → 99231
    [InlineData("PROGRESS NOTE. Hypertension, stable. BMP reviewed. Continue home medications.", "99231")]
    // moderate (worsening) / limited (two tests) / moderate (dose increase) → moderate → 99232
    [InlineData("Hospital day 3. Heart failure, worsening. BNP and BMP reviewed. Increased the dose of furosemide.", "99232")]
    // high (severe exacerbation) / minimal / high (ICU transfer) → high → 99233
    [InlineData("Subsequent hospital care. COPD with severe exacerbation overnight. ABG reviewed. Transfer to ICU.", "99233")]
    public void Subsequent_hospital_care_by_mdm(string note, string expected)
    {
        Assert.Equal(expected, Level(note, CareSetting.Inpatient)?.Code);
    }

    [Theory]
    [InlineData("HISTORY AND PHYSICAL. Community-acquired pneumonia. Total time 45 minutes.", "99221")] // 40–54
    [InlineData("HISTORY AND PHYSICAL. Community-acquired pneumonia. Total time 60 minutes.", "99222")] // 55–74
    [InlineData("HISTORY AND PHYSICAL. Community-acquired pneumonia. Total time 80 minutes.", "99223")] // 75+
    [InlineData("PROGRESS NOTE. Pneumonia improving. Total time 30 minutes.", "99231")]              // 25–34
    [InlineData("PROGRESS NOTE. Pneumonia improving. Total time 40 minutes.", "99232")]              // 35–49
    [InlineData("PROGRESS NOTE. Pneumonia improving. Total time 55 minutes.", "99233")]              // 50+
    public void Hospital_care_by_time(string note, string expected)
    {
        var visit = Level(note, CareSetting.Inpatient);

        Assert.Equal((expected, "em-time"), (visit?.Code, visit?.Rule));
    }

    [Fact]
    public void Hospital_time_below_the_first_threshold_gives_no_level()
    {
        Assert.Null(Level("HISTORY AND PHYSICAL. Pneumonia. Total time 35 minutes.", CareSetting.Inpatient));
    }

    [Theory]
    [InlineData("DISCHARGE SUMMARY. Pneumonia, resolved. Discharged home. Time spent on discharge: 25 minutes.", "99238")]
    [InlineData("DISCHARGE SUMMARY. Pneumonia, resolved. Discharge time: 30 minutes.", "99238")]
    [InlineData("DISCHARGE SUMMARY. Pneumonia, resolved. Time spent on discharge: 45 minutes.", "99239")]
    [InlineData("DISCHARGE SUMMARY. Pneumonia, resolved. More than 30 minutes spent on discharge planning.", "99239")]
    public void Discharge_day_management_by_discharge_time(string note, string expected)
    {
        Assert.Equal(expected, Level(note, CareSetting.Inpatient)?.Code);
    }

    [Fact]
    public void A_discharge_summary_without_time_gets_no_level()
    {
        // Discharge day management is levelled by time only; the MDM cues here must not turn it into another family.
        Assert.Null(Level("DISCHARGE SUMMARY. Heart failure exacerbation, improved. BNP and BMP reviewed. Increased the dose of furosemide.", CareSetting.Inpatient));
    }

    [Fact]
    public void A_progress_note_that_only_anticipates_discharge_is_still_subsequent_care()
    {
        Assert.Equal("99232", Level("PROGRESS NOTE. Heart failure, worsening. BNP and BMP reviewed. Increased the dose of furosemide. May be discharged in two days.", CareSetting.Inpatient)?.Code);
    }

    [Fact]
    public void Mdm_wins_when_it_supports_a_higher_level_than_time()
    {
        // Time 22 min → 99213; moderate / minimal / moderate → 99214.
        var visit = Level("Type 2 diabetes, worsening. Hemoglobin A1c reviewed. Increase the dose of metformin. Total time 22 minutes.", CareSetting.Office);

        Assert.Equal(("99214", "em-mdm"), (visit?.Code, visit?.Rule));
    }

    [Fact]
    public void Time_wins_when_it_supports_a_higher_level_than_mdm()
    {
        // Time 45 min → 99215; moderate MDM → 99214.
        var visit = Level("Type 2 diabetes, worsening. Hemoglobin A1c reviewed. Increase the dose of metformin. Total time 45 minutes.", CareSetting.Office);

        Assert.Equal(("99215", "em-time"), (visit?.Code, visit?.Rule));
    }

    [Fact]
    public void Time_based_levels_are_more_certain_than_mdm_based_ones()
    {
        var byTime = Level("Total time 35 minutes.", CareSetting.Office)!;
        var byMdm = Level("Type 2 diabetes, worsening. Hemoglobin A1c reviewed. Increase the dose of metformin.", CareSetting.Office)!;

        Assert.True(byTime.Confidence > byMdm.Confidence);
    }

    [Fact]
    public void The_same_documentation_is_new_or_established_by_what_the_note_says()
    {
        const string note = "Hypertension, stable. Hypothyroidism, well controlled. Prescribed lisinopril.";

        Assert.Equal("99214", Level(note, CareSetting.Office)?.Code);
        Assert.Equal("99204", Level("New patient. " + note, CareSetting.Office)?.Code);
    }

    [Fact]
    public void Hospital_outpatient_encounters_get_no_evaluation_and_management_code()
    {
        Assert.Null(Level("Heart failure exacerbation. BNP and BMP reviewed. Increased the dose of furosemide. Total time 45 minutes.", CareSetting.Outpatient));
    }

    [Fact]
    public void Mdm_evidence_points_at_the_cues_and_the_description_names_the_level()
    {
        const string note = "Community-acquired pneumonia with fever and systemic symptoms. CBC, BMP and chest x-ray reviewed. IV antibiotics given; decision to admit to medicine.";

        var visit = Level(note, CareSetting.Emergency)!;

        Assert.Equal(CodeSystems.Cpt, visit.System);
        Assert.Contains("moderate MDM", visit.Description, StringComparison.Ordinal);
        var cues = visit.Evidence.Select(s => note[s.Start..s.End]).ToList();
        Assert.Contains("systemic symptoms", cues);
        Assert.Contains("chest x-ray", cues);
        Assert.Contains("decision to admit", cues);
    }

    [Fact]
    public void The_engine_adds_one_level_to_an_emergency_encounter()
    {
        var result = SharedCoder.Instance.Value.Code(TestEncounters.WithNote(
            "ASSESSMENT: Community-acquired pneumonia with fever and systemic symptoms.\nCBC, BMP and chest x-ray reviewed.\nPLAN: IV antibiotics; decision to admit to medicine.",
            setting: CareSetting.Emergency));

        var visit = Assert.Single(result.Codes, c => c.System == CodeSystems.Cpt);
        Assert.Equal("99284", visit.Code);
    }

    [Fact]
    public void No_level_is_read_from_a_report_that_is_not_visit_documentation()
    {
        const string text = "COPD with severe exacerbation. Chest x-ray and ABG ordered. Will admit to the hospital. Total time 45 minutes.";
        var visit = new ClinicalNote("progress", "Dr. Test", DateTimeOffset.UnixEpoch, text);

        Assert.NotNull(VisitLevel.For([visit], CareSetting.Office));
        Assert.Null(VisitLevel.For([visit with { Type = "case-report" }], CareSetting.Office));
        Assert.Null(VisitLevel.For([visit with { Type = "Radiology" }], CareSetting.Office));
    }
}
