namespace MedCoder.Contracts.Encounters;

/// <summary>
/// Which claim an encounter is billed on and that claim's limits, shared by the coding engine (how many diagnoses it
/// suggests), ClaimAssembly (which refuses more) and the X12 writer, so the three never disagree.
/// </summary>
public static class ClaimForms
{
    /// <summary>837P HI: at most 12 diagnosis codes (ABK plus 11 ABF).</summary>
    public const int MaxProfessionalDiagnoses = 12;

    /// <summary>837I HI: the principal and 24 other diagnoses.</summary>
    public const int MaxInstitutionalDiagnoses = 25;

    /// <summary>837P loop 2400 repeats at most 50 times per claim.</summary>
    public const int MaxProfessionalLines = 50;

    /// <summary>837I loop 2400 repeats at most 999 times per claim.</summary>
    public const int MaxInstitutionalLines = 999;

    /// <summary>Inpatient stays, and facility encounters that state a type of bill, are institutional; office, emergency and outpatient physician work is professional.</summary>
    public static ClaimForm For(Encounter encounter) =>
        encounter.Setting == CareSetting.Inpatient || encounter.Institutional is not null ? ClaimForm.Institutional : ClaimForm.Professional;

    public static int MaxDiagnoses(ClaimForm form) => form == ClaimForm.Institutional ? MaxInstitutionalDiagnoses : MaxProfessionalDiagnoses;

    public static int MaxLines(ClaimForm form) => form == ClaimForm.Institutional ? MaxInstitutionalLines : MaxProfessionalLines;
}
