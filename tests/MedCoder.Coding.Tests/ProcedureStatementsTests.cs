using MedCoder.Contracts.Coding;
using MedCoder.Contracts.Encounters;
using static MedCoder.Coding.Tests.SharedCoder;

namespace MedCoder.Coding.Tests;

/// <summary>
/// An inpatient claim's ICD-10-PCS codes built from the procedure statement (engine README, "Claim coding"): the name's
/// root operation and body part with the approach the statement says, the common procedures of other sections by their
/// words, and nothing for a past procedure, an incision, a scope that did more, or a name without its approach.
/// </summary>
public sealed class ProcedureStatementsTests
{
    [Theory]
    [InlineData("PROCEDURE PERFORMED: Laparoscopic cholecystectomy.", "0FT44ZZ")]
    [InlineData("PROCEDURE: Laparoscopic appendectomy.", "0DTJ4ZZ")]
    [InlineData("PROCEDURE: Right thoracentesis under ultrasound guidance, 1.2 L removed.", "0W993ZZ")]
    [InlineData("PROCEDURES: Spontaneous vaginal delivery.", "10E0XZZ")]
    [InlineData("PROCEDURE: Primary low transverse cesarean section.", "10D00Z1")]
    [InlineData("HOSPITAL COURSE: She received 2 units of packed red blood cells.", "30233N1")]
    public void A_procedure_the_inpatient_statement_names_with_its_approach_is_its_full_code(string note, string code)
    {
        Assert.Contains(code, Procedures(note, CareSetting.Inpatient));
    }

    [Theory]
    [InlineData("PROCEDURE: Cholecystectomy.")]
    [InlineData("HOSPITAL COURSE: Her last colonoscopy was 7 years ago and was normal.")]
    [InlineData("PROCEDURE: Low transverse hysterotomy was made and extended bluntly.")]
    [InlineData("PROCEDURE: Placement of right internal jugular tunneled hemodialysis catheter.")]
    [InlineData("PROCEDURE: Cystoscopy, left retrograde pyelogram and left ureteral stent placement.")]
    public void A_name_without_approach_a_past_procedure_an_incision_a_device_or_a_scope_that_did_more_codes_no_such_procedure(string note)
    {
        Assert.DoesNotContain(Procedures(note, CareSetting.Inpatient), c => c is "0FT40ZZ" or "0FT44ZZ" or "0DJD8ZZ" or "0U993ZZ" or "5A1D70Z" or "0TJB8ZZ");
    }

    [Fact]
    public void An_outpatient_procedure_has_no_pcs_code()
    {
        Assert.Empty(Procedures("PROCEDURE PERFORMED: Laparoscopic cholecystectomy.", CareSetting.Outpatient));
    }

    private static List<string> Procedures(string note, CareSetting setting) =>
        [.. Instance.Value.Code(TestEncounters.WithNote(note, setting: setting)).Codes.Where(c => c.System == CodeSystems.Icd10Pcs).Select(c => c.Code)];
}
