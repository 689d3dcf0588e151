namespace MedCoder.Contracts.Encounters;

// The documented JSON body of POST /api/encounters. Every field is nullable so that validation can
// name each missing or malformed field instead of failing on the first one.

public sealed class EncounterSubmission
{
    public string? Organization { get; set; }
    public string? SourceSystem { get; set; }
    public string? EncounterId { get; set; }
    /// <summary>Monotonic per encounter; a corrected encounter is sent with a higher revision. Defaults to 1.</summary>
    public int? Revision { get; set; }
    /// <summary>inpatient | outpatient | emergency | office</summary>
    public string? Setting { get; set; }
    public DateOnly? ServiceStart { get; set; }
    public DateOnly? ServiceEnd { get; set; }
    public PatientSubmission? Patient { get; set; }
    public string? RenderingProviderNpi { get; set; }
    public string? BillingProviderNpi { get; set; }
    public CoverageSubmission? Coverage { get; set; }
    public List<NoteSubmission>? Notes { get; set; }
    public List<ChargeSubmission>? Charges { get; set; }
}

public sealed class PatientSubmission
{
    public string? Id { get; set; }
    public DateOnly? BirthDate { get; set; }
    /// <summary>female | male | unknown (F / M / U accepted)</summary>
    public string? Sex { get; set; }
}

public sealed class CoverageSubmission
{
    public string? PayerId { get; set; }
    public string? MemberId { get; set; }
}

public sealed class NoteSubmission
{
    /// <summary>e.g. progress, discharge-summary, history-and-physical, operative, emergency</summary>
    public string? Type { get; set; }
    public string? Author { get; set; }
    public DateTimeOffset? Date { get; set; }
    public string? Text { get; set; }
}

public sealed class ChargeSubmission
{
    public string? Code { get; set; }
    public int? Units { get; set; }
    public decimal? Amount { get; set; }
    public List<string>? Modifiers { get; set; }
}
