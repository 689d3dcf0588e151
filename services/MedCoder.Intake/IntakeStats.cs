using MedCoder.ServiceDefaults.Outbox;

namespace MedCoder.Intake;

/// <summary>GET /api/stats/intake: encounters per pipeline status, their total and the service's outbox.</summary>
public sealed record IntakeStats(string Service, IReadOnlyDictionary<string, long> EncountersByStatus, long Total, OutboxStatus? Outbox);
