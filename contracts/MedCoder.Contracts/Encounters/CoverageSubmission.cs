namespace MedCoder.Contracts.Encounters;

/// <summary>The payer and member id in a submission (see <see cref="EncounterSubmission"/>).</summary>
public sealed class CoverageSubmission
{
    public string? PayerId { get; set; }
    public string? MemberId { get; set; }
    /// <summary>Optional (an 837 needs it).</summary>
    public string? PayerName { get; set; }
    /// <summary>Optional: the 837's claim filing indicator (SBR09, <see cref="ClaimFilingIndicators"/>); CI when absent.</summary>
    public string? ClaimFilingIndicator { get; set; }
}
