namespace MedCoder.Contracts.Encounters;

/// <summary>A charge line the hospital already knows (CPT/HCPCS code, units, amount).</summary>
public sealed record Charge(string Code, int Units, decimal Amount, IReadOnlyList<string> Modifiers)
{
    /// <summary>The NUBC revenue code (4 digits) a facility claim bills the line under (837I SV201; added field, null when not sent).</summary>
    public string? RevenueCode { get; init; }
}
