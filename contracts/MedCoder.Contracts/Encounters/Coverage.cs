namespace MedCoder.Contracts.Encounters;

/// <param name="PayerId">The payer's id: routes the claim (the payer pull API's partition) and is the 837's payer identifier (NM109).</param>
public sealed record Coverage(string PayerId, string MemberId)
{
    /// <summary>The payer's name as the 837 carries it (loop 2010BB; added field, null when not sent).</summary>
    public string? PayerName { get; init; }

    /// <summary>SBR09, the kind of insurance (<see cref="ClaimFilingIndicators"/>: MB Medicare Part B, MC Medicaid, CI commercial, ...); added field, null: CI.</summary>
    public string? ClaimFilingIndicator { get; init; }
}
