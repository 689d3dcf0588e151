using MedCoder.Contracts.Coding;

namespace MedCoder.ClaimAssembly.Claims;

public sealed record ClaimLine(int Number, string Code, IReadOnlyList<string> Modifiers, int Units, decimal Amount, IReadOnlyList<int> DiagnosisPointers)
{
    /// <summary>What the documentation says about this charge; null when no documented service touches it (added field).</summary>
    public ChargeReconciliation? Reconciliation { get; init; }
}
