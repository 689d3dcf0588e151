using MedCoder.ServiceDefaults.Outbox;

namespace MedCoder.ComplianceEdit.Validation;

/// <summary>GET /api/stats/compliance-edit: the service's outbox and how many encounter revisions passed or failed the edits.</summary>
public sealed record ComplianceEditStats(string Service, OutboxStatus? Outbox, long Passed, long Failed);
