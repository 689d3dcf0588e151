using MedCoder.Contracts;

namespace MedCoder.Intake.Tracking;

/// <summary>
/// Applies downstream events to a record. Events of one encounter travel on different queues and may arrive out of
/// order, so timestamps are kept whatever the order and the stage is derived from them: the furthest stage reached,
/// unless a failure stands. A business failure (EncounterFailed) is final. A stage that gave up after retries is a
/// recoverable failure: once its stage succeeds (the message was replayed from _error) the encounter moves on and
/// the failure stays only as history (LastFailedAt, LastFailureReason). A withdrawn revision stays withdrawn whatever
/// arrives after (the timestamps are still kept).
/// </summary>
public static class StageTracker
{
    private static readonly string[] Order = [Stages.Received, Stages.Coded, Stages.HeldForReview, Stages.Validated, Stages.ClaimAssembled];

    public static EncounterRecord Apply(EncounterRecord record, StageReport report)
    {
        var updated = report.Stage switch
        {
            Stages.Coded => record with { CodedAt = record.CodedAt ?? report.At },
            Stages.HeldForReview => record with { HeldAt = record.HeldAt ?? report.At },
            Stages.Validated => record with { ValidatedAt = record.ValidatedAt ?? report.At },
            Stages.ClaimAssembled => record with { ClaimAssembledAt = record.ClaimAssembledAt ?? report.At, ClaimId = record.ClaimId ?? report.ClaimId },
            Stages.Failed => Fail(record, report),
            _ => throw new ArgumentOutOfRangeException(nameof(report), report.Stage, "unknown stage"),
        };
        return Settle(updated);
    }

    /// <summary>The hospital withdrew the encounter at this revision (the first time is kept).</summary>
    public static EncounterRecord Withdraw(EncounterRecord record, DateTimeOffset at) => Settle(record with { WithdrawnAt = record.WithdrawnAt ?? at });

    private static EncounterRecord Fail(EncounterRecord record, StageReport report)
    {
        if (IsFinallyFailed(record))
        {
            return record; // the first business failure stands
        }

        var history = record with { LastFailedAt = report.At, LastFailureReason = report.Reason };
        if (report.ClearedBy is { } clearedBy && Reached(record, clearedBy))
        {
            return history; // the stage already succeeded (replayed before this fault arrived): history only
        }

        if (report.ClearedBy is not null && record.FailedAt > report.At)
        {
            return record; // an older fault redelivered after a newer one
        }

        return history with { FailedAt = report.At, FailureReason = report.Reason, FailureClearedBy = report.ClearedBy };
    }

    /// <summary>Ends a recoverable failure whose stage has since succeeded, then derives the stage.</summary>
    private static EncounterRecord Settle(EncounterRecord record)
    {
        if (record is { FailedAt: not null, FailureClearedBy: { } clearedBy } && Reached(record, clearedBy))
        {
            record = record with { FailedAt = null, FailureReason = null, FailureClearedBy = null };
        }

        return record with { Stage = record.WithdrawnAt is not null ? Stages.Withdrawn : record.FailedAt is null ? Furthest(record) : Stages.Failed };
    }

    /// <summary>Records written before recoverable failures existed have FailedAt without FailureClearedBy: final too.</summary>
    private static bool IsFinallyFailed(EncounterRecord record) => record is { FailedAt: not null, FailureClearedBy: null };

    private static bool Reached(EncounterRecord record, string stage) => Array.IndexOf(Order, Furthest(record)) >= Array.IndexOf(Order, stage);

    private static string Furthest(EncounterRecord record) =>
        record.ClaimAssembledAt is not null ? Stages.ClaimAssembled
        : record.ValidatedAt is not null ? Stages.Validated
        : record.HeldAt is not null ? Stages.HeldForReview
        : record.CodedAt is not null ? Stages.Coded
        : Stages.Received;
}
