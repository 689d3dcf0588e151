using MedCoder.ComplianceEdit.Worklist;
using MedCoder.ServiceDefaults.Outbox;

namespace MedCoder.ComplianceEdit.Validation;

/// <summary>GET /api/stats/compliance-edit: the service's outbox, how many encounter revisions passed or failed the edits, and the worklist.</summary>
/// <param name="Worklist">Added field (docs/architecture.md#worklist-and-audit).</param>
public sealed record ComplianceEditStats(string Service, OutboxStatus? Outbox, long Passed, long Failed, WorklistStats? Worklist = null);
