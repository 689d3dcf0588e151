using MedCoder.Contracts.Compliance;

namespace MedCoder.ComplianceEdit.Validation;

/// <summary>GET /api/edits/stats: how often each edit fired over a period (the denial-prevention view).</summary>
/// <param name="From">First day counted (UTC, inclusive).</param>
/// <param name="To">Last day counted (UTC, inclusive).</param>
/// <param name="Validations">Encounter revisions edited in the period.</param>
public sealed record EditStats(DateOnly From, DateOnly To, long Validations, IReadOnlyList<EditCount> Edits);

/// <summary>One edit id at one severity, with the family it belongs to (the id's prefix).</summary>
public sealed record EditCount(string EditId, string Family, EditSeverity Severity, long Findings, long Encounters);
