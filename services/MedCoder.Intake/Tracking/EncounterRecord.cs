using MedCoder.Contracts;
using MedCoder.Contracts.Encounters;

namespace MedCoder.Intake.Tracking;

/// <summary>Intake's record of one encounter revision: the accepted encounter and where it is in the pipeline.</summary>
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
    string? FailureReason = null);

/// <summary>Progress reported by a downstream event.</summary>
public sealed record StageReport(string Stage, DateTimeOffset At, string? ClaimId = null, string? Reason = null);

/// <summary>
/// Applies downstream events to a record. Events of one encounter travel on different queues and may
/// arrive out of order, so the stage only moves forward; timestamps are kept whatever the order.
/// </summary>
public static class StageTracker
{
    private static readonly string[] Order = [Stages.Received, Stages.Coded, Stages.Validated, Stages.ClaimAssembled];

    public static EncounterRecord Apply(EncounterRecord record, StageReport report)
    {
        var updated = report.Stage switch
        {
            Stages.Coded => record with { CodedAt = record.CodedAt ?? report.At },
            Stages.Validated => record with { ValidatedAt = record.ValidatedAt ?? report.At },
            Stages.ClaimAssembled => record with { ClaimAssembledAt = record.ClaimAssembledAt ?? report.At, ClaimId = record.ClaimId ?? report.ClaimId },
            Stages.Failed => record with { FailedAt = record.FailedAt ?? report.At, FailureReason = record.FailureReason ?? report.Reason },
            _ => throw new ArgumentOutOfRangeException(nameof(report), report.Stage, "unknown stage"),
        };
        return updated with { Stage = Later(record.Stage, report.Stage) };
    }

    /// <summary>Failed is final; otherwise the further of the two stages wins.</summary>
    private static string Later(string current, string reported)
    {
        if (current == Stages.Failed || reported == Stages.Failed)
        {
            return Stages.Failed;
        }

        return Array.IndexOf(Order, reported) > Array.IndexOf(Order, current) ? reported : current;
    }
}
