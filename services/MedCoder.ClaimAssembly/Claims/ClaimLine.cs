using MedCoder.Contracts.Coding;

namespace MedCoder.ClaimAssembly.Claims;

public sealed record ClaimLine(int Number, string Code, IReadOnlyList<string> Modifiers, int Units, decimal Amount, IReadOnlyList<int> DiagnosisPointers)
{
    /// <summary>What the documentation says about this charge; null when no documented service touches it (added field).</summary>
    public ChargeReconciliation? Reconciliation { get; init; }

    /// <summary>The NUBC revenue code of the charge, billed on an 837I (added field; null when the charge had none).</summary>
    public string? RevenueCode { get; init; }
}
