namespace MedCoder.Contracts.Coding;

/// <summary>
/// One line the claim will bill: a hospital charge (code, modifiers, amount) with the units the documentation
/// supports. A coding result (docs/architecture.md#claim-lines): line edits check these lines and the claim renders them.
/// </summary>
/// <param name="Number">1-based, in charge order.</param>
/// <param name="Reconciliation">What the documentation says about the charge; null when no documented service touches it.</param>
public sealed record ServiceLine(int Number, string Code, IReadOnlyList<string> Modifiers, int Units, decimal Amount, ChargeReconciliation? Reconciliation);
