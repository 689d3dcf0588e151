namespace MedCoder.Contracts.Encounters;

/// <summary>The patient in a submission (see <see cref="EncounterSubmission"/>).</summary>
public sealed class PatientSubmission
{
    public string? Id { get; set; }
    public DateOnly? BirthDate { get; set; }
    /// <summary>female | male | unknown (F / M / U accepted)</summary>
    public string? Sex { get; set; }
    /// <summary>Optional (an 837 needs it).</summary>
    public NameSubmission? Name { get; set; }
    /// <summary>Optional (an 837 needs it).</summary>
    public AddressSubmission? Address { get; set; }
}
