namespace MedCoder.Contracts.Encounters;

/// <summary>
/// The documented JSON body of POST /api/encounters. Every field is nullable so that validation can
/// name each missing or malformed field instead of failing on the first one.
/// </summary>
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

    // What an X12 837 needs besides the above; all optional (README "Claims"), each validated when present.
    public BillingProviderSubmission? BillingProvider { get; set; }
    public NameSubmission? RenderingProviderName { get; set; }
    public SubscriberSubmission? Subscriber { get; set; }
    /// <summary>Facility (837I) data: inpatient stays and facility outpatient encounters.</summary>
    public InstitutionalSubmission? Institutional { get; set; }
}
