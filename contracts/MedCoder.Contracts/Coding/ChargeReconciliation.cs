namespace MedCoder.Contracts.Coding;

/// <param name="DocumentedCode">The code the documentation supports.</param>
/// <param name="ChargedUnits">The units on the charge, when the units were adjusted.</param>
/// <param name="DocumentedUnits">The units the documentation supports, when they differ from the charged units.</param>
public sealed record ChargeReconciliation(ReconciliationOutcome Outcome, string DocumentedCode, int? ChargedUnits = null, int? DocumentedUnits = null);
