namespace MedCoder.Contracts.Encounters;

/// <summary>One charge line in a submission (see <see cref="EncounterSubmission"/>).</summary>
public sealed class ChargeSubmission
{
    public string? Code { get; set; }
    public int? Units { get; set; }
    public decimal? Amount { get; set; }
    public List<string>? Modifiers { get; set; }
    /// <summary>NUBC revenue code, 4 digits; optional (a facility claim needs it).</summary>
    public string? RevenueCode { get; set; }
}
