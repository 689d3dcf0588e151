namespace MedCoder.Contracts.Encounters;

/// <summary>A charge line the hospital already knows (CPT/HCPCS code, units, amount).</summary>
public sealed record Charge(string Code, int Units, decimal Amount, IReadOnlyList<string> Modifiers);
