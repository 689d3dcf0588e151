namespace MedCoder.Intake.Tracking;

/// <summary>What GET /api/encounters/{id} answers: where the revision is, never the clinical content.</summary>
/// <param name="FailedAt">The failure that holds the encounter now (null once a replay moved it on).</param>
/// <param name="LastFailedAt">The latest failure, kept after a replay moved the encounter on.</param>
/// <param name="HeldAt">When the revision went to the coder worklist (status held-for-review until a coder releases it); added field.</param>
/// <param name="WithdrawnAt">When the hospital withdrew the encounter (status withdrawn); added field.</param>
public sealed record EncounterStatusView(
    string Id,
    string Organization,
    string SourceSystem,
    string EncounterId,
    int Revision,
    string Status,
    DateTimeOffset ReceivedAt,
    DateTimeOffset? CodedAt,
    DateTimeOffset? ValidatedAt,
    DateTimeOffset? ClaimAssembledAt,
    string? ClaimId,
    DateTimeOffset? FailedAt,
    string? FailureReason,
    DateTimeOffset? LastFailedAt = null,
    string? LastFailureReason = null,
    DateTimeOffset? HeldAt = null,
    DateTimeOffset? WithdrawnAt = null)
{
    public static EncounterStatusView From(EncounterRecord record) => new(
        record.Id,
        record.Encounter.Key.Organization,
        record.Encounter.Key.SourceSystem,
        record.Encounter.Key.EncounterId,
        record.Encounter.Revision,
        record.Stage,
        record.ReceivedAt,
        record.CodedAt,
        record.ValidatedAt,
        record.ClaimAssembledAt,
        record.ClaimId,
        record.FailedAt,
        record.FailureReason,
        record.LastFailedAt,
        record.LastFailureReason,
        record.HeldAt,
        record.WithdrawnAt);
}
