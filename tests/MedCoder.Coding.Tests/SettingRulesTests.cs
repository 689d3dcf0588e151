using MedCoder.Coding.Context;
using MedCoder.Coding.Reading;
using MedCoder.Coding.Rules;
using MedCoder.Contracts.Coding;
using MedCoder.Contracts.Encounters;
using MedCoder.Testing;
using static MedCoder.Coding.Tests.SharedCoder;

namespace MedCoder.Coding.Tests;

/// <summary>
/// The setting's rules (Guidelines II.H, IV.H: uncertain diagnoses; ICD-10-PCS for inpatient procedures only) and what a
/// coder lists first (IV.M pre-operative evaluations, screening, the postoperative diagnosis, I.C.15 pregnancy).
/// </summary>
public sealed class SettingRulesTests
{
    private static readonly Lazy<ClinicalCoder> Everything = new(() => new ClinicalCoder(SharedCoder.CodeSets.Value) { MinConfidence = 0 });

    [Fact]
    public void An_outpatient_rule_out_is_not_coded_its_symptom_is()
    {
        var codes = Codes("HPI: Cough for three weeks with night sweats.\nASSESSMENT: Cough, rule out active tuberculosis.", CareSetting.Office);

        Assert.Equal(["R05.9"], codes);
    }

    [Fact]
    public void An_inpatient_uncertain_diagnosis_is_coded_only_as_stated_at_discharge()
    {
        var atDischarge = Codes("HISTORY OF PRESENT ILLNESS: Admitted with fever and cough.\nDISCHARGE DIAGNOSES:\n1. Probable community-acquired pneumonia.", CareSetting.Inpatient);
        var onAdmission = Codes("HISTORY OF PRESENT ILLNESS: Admitted with fever and cough. Rule out active tuberculosis.", CareSetting.Inpatient);

        Assert.Equal(["J18.9"], atDischarge);
        Assert.DoesNotContain(onAdmission, c => c.StartsWith('A'));
    }

    private static List<string> Procedures(string note, CareSetting setting) =>
        [.. Everything.Value.Code(TestEncounters.WithNote(note, setting: setting)).Codes.Where(c => c.System == CodeSystems.Icd10Pcs).Select(c => c.Code)];

    [Theory]
    [InlineData(CareSetting.Office)]
    [InlineData(CareSetting.Outpatient)]
    [InlineData(CareSetting.Emergency)]
    public void No_procedure_code_outside_an_inpatient_stay(CareSetting setting)
    {
        const string note = "PROCEDURE: Diagnostic colonoscopy. A chest x-ray was obtained.\nRECTAL: Examination with guaiac positive stool.\nPOSTOPERATIVE DIAGNOSIS: Iron deficiency anemia.";

        Assert.Empty(Procedures(note, setting));
    }

    [Fact]
    public void An_inpatient_procedure_is_coded_from_what_the_stay_did_not_from_the_exam_or_the_past()
    {
        Assert.Equal(ClaimUse.Current, ClaimReading.Of(ContextFlags.None, SectionKind.HospitalCourse, CodeSystems.Icd10Pcs, "0DTJ4ZZ", CareSetting.Inpatient).Use);
        Assert.Equal(ClaimUse.Current, ClaimReading.Of(ContextFlags.None, SectionKind.Procedures, CodeSystems.Icd10Pcs, "0DTJ4ZZ", CareSetting.Inpatient).Use);
        Assert.Equal(ClaimUse.Drop, ClaimReading.Of(ContextFlags.None, SectionKind.Exam, CodeSystems.Icd10Pcs, "0DTJ4ZZ", CareSetting.Inpatient).Use);
        Assert.Equal(ClaimUse.Drop, ClaimReading.Of(ContextFlags.History, SectionKind.PastSurgicalHistory, CodeSystems.Icd10Pcs, "0DTJ4ZZ", CareSetting.Inpatient).Use);
        Assert.Equal(ClaimUse.Drop, ClaimReading.Of(ContextFlags.None, SectionKind.Procedures, CodeSystems.Icd10Pcs, "0DTJ4ZZ", CareSetting.Outpatient).Use);
        Assert.Empty(Procedures("PHYSICAL EXAMINATION: Chest x-ray reviewed.\nPAST SURGICAL HISTORY: Chest x-ray in 2019.", CareSetting.Inpatient));
    }

    [Fact]
    public void Routine_imaging_is_not_an_inpatient_procedure_but_angiography_is()
    {
        // UHDDS: plain radiography, CT, MRI and ultrasound carry no surgical or anaesthetic risk; fluoroscopy (angiography) stays.
        Assert.Empty(Procedures("HOSPITAL COURSE: A chest x-ray was obtained.", CareSetting.Inpatient));
        Assert.Equal(ClaimUse.Drop, ClaimReading.Of(ContextFlags.None, SectionKind.HospitalCourse, CodeSystems.Icd10Pcs, "BW03ZZZ", CareSetting.Inpatient).Use);
        Assert.Equal(ClaimUse.Current, ClaimReading.Of(ContextFlags.None, SectionKind.HospitalCourse, CodeSystems.Icd10Pcs, "B2111ZZ", CareSetting.Inpatient).Use);
    }

    [Fact]
    public void The_postoperative_diagnosis_outranks_the_preoperative_one()
    {
        var codes = Codes("PREOPERATIVE DIAGNOSIS: Right lower quadrant abdominal pain.\nPOSTOPERATIVE DIAGNOSIS: Acute appendicitis.\nPROCEDURE: Laparoscopic appendectomy.", CareSetting.Outpatient);

        Assert.Equal(["K35.80"], codes);
    }

    [Fact]
    public void A_preoperative_evaluation_is_listed_first_then_the_reason_for_surgery()
    {
        const string note = "REASON FOR VISIT: Preoperative evaluation.\n" +
                            "HPI: 67-year-old woman scheduled for right total knee arthroplasty next week for primary osteoarthritis of the right knee.\n" +
                            "PAST MEDICAL HISTORY: Essential hypertension. History of deep vein thrombosis in 2015.\n" +
                            "IMPRESSION:\n1. Primary osteoarthritis of right knee.\n2. Essential hypertension, controlled.\nMedically cleared for surgery.";

        var codes = Codes(note);

        // The past DVT is only listed, not taken up by the evaluation: no Z86.718 (IV.J).
        Assert.Equal(["Z01.818", "M17.11", "I10"], codes);
        Assert.DoesNotContain("Z96.651", codes); // the knee replacement is still to come
    }

    [Fact]
    public void A_screening_colonoscopy_is_listed_before_what_it_found()
    {
        const string note = "PROCEDURE: Colonoscopy with polypectomy.\nINDICATIONS: Screening colonoscopy. Family history of colon cancer in mother.\n" +
                            "FINDINGS: A 6 mm sessile polyp in the sigmoid colon, removed with cold snare.\nIMPRESSION: Sigmoid colon polyp. Internal hemorrhoids.\nCOMPLICATIONS: None.";

        Assert.Equal(["Z12.11", "K63.5", "K64.8", "Z80.0"], Codes(note, CareSetting.Outpatient));
    }

    [Fact]
    public void A_pregnant_patients_condition_is_coded_as_complicating_the_pregnancy_with_the_weeks()
    {
        const string note = "POSTOPERATIVE DIAGNOSIS: Acute appendicitis.\nPROCEDURE: Laparoscopic appendectomy.\n" +
                            "INDICATIONS: 28-year-old G2P1 at 18 weeks gestation with right lower quadrant pain.";

        // O99.61- digestive disease complicating pregnancy, second trimester; the appendicitis; 18 weeks of gestation; the
        // laparoscopic appendectomy of the stay.
        Assert.Equal(["O99.612", "K35.80", "Z3A.18", "0DTJ4ZZ"], WomansCodes(note, CareSetting.Inpatient));
    }

    [Fact]
    public void Pre_existing_hypertension_in_pregnancy_is_the_obstetric_combination_code()
    {
        var codes = WomansCodes("HPI: 31-year-old pregnant woman at 30 weeks gestation.\nASSESSMENT: Essential hypertension.");

        Assert.Equal(["O10.013", "Z3A.30"], codes);
    }

    [Fact]
    public void A_negative_pregnancy_test_is_no_pregnancy()
    {
        Assert.Equal(["J20.9"], WomansCodes("HPI: Urine pregnancy test negative. Not pregnant.\nASSESSMENT: Acute bronchitis."));
    }
}
