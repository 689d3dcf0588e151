using MedCoder.Contracts;
using MedCoder.Contracts.Encounters;

namespace MedCoder.Intake.Tracking;

/// <summary>Intake's record of one encounter revision: the accepted encounter and where it is in the pipeline.</summary>
/// <param name="FailedAt">When the current failure happened; null when the encounter is not failed (any more).</param>
/// <param name="FailureClearedBy">
/// For a stage that gave up after retries: the stage whose success ends the failure (after an operator replays the
/// message). Null for a business failure (EncounterFailed), which is final. Added field: null on older records.
/// </param>
/// <param name="LastFailedAt">The latest failure, kept as history after a replay moved the encounter on (added field).</param>
/// <param name="HeldAt">When ComplianceEdit put the revision on the coder worklist (added field; null when never held).</param>
/// <param name="WithdrawnAt">When the hospital withdrew the encounter at this revision (added field; status withdrawn from then on).</param>
public sealed record EncounterRecord(
    string Id,
    Encounter Encounter,
    Guid CorrelationId,
    string ContentHash,
    DateTimeOffset ReceivedAt,
    string Stage,
    DateTimeOffset? CodedAt = null,
    DateTimeOffset? ValidatedAt = null,
    DateTimeOffset? ClaimAssembledAt = null,
    string? ClaimId = null,
    DateTimeOffset? FailedAt = null,
    string? FailureReason = null,
    string? FailureClearedBy = null,
    DateTimeOffset? LastFailedAt = null,
    string? LastFailureReason = null,
    DateTimeOffset? HeldAt = null,
    DateTimeOffset? WithdrawnAt = null);

/// <summary>Progress reported by a downstream event.</summary>
/// <param name="ClearedBy">For a failure: the stage whose later success ends it (recoverable); null: final.</param>
public sealed record StageReport(string Stage, DateTimeOffset At, string? ClaimId = null, string? Reason = null, string? ClearedBy = null);
