using MedCoder.Storage;

namespace MedCoder.ComplianceEdit.Worklist;

/// <summary>
/// The worklist in the ops stats: its size (and the items waiting for a provider's answer) and the oldest held item's age, how encounters were routed (auto-release rate),
/// coder agreement with the suggestions per code system, the median time from hold to release, items closed without a claim, and
/// claims handed back by ClaimAssembly (ClaimReturns, over held and released items).
/// FailedByEdits counts items stored before edit errors were held.
/// </summary>
/// <param name="Agreement">Per code system, per decision (accepted, changed, added, removed): code counts over released items.</param>
public sealed record WorklistStats(
    long Held,
    long AwaitingProvider,
    double? OldestHeldSeconds,
    long Released,
    long AutoReleased,
    long FailedByEdits,
    long ReturnedToProvider,
    long Superseded,
    long Withdrawn,
    long ClaimReturns,
    AuditStats Audit,
    double? AutoReleaseRate,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, long>> Agreement,
    double? MedianSecondsToRelease)
{
    public static async Task<WorklistStats> ReadAsync(IDocumentCollection<WorklistItem> worklist, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var held = await WorklistScan.ReadAsync(worklist, WorklistStatus.Held, cancellationToken);
        var released = await WorklistScan.ReadAsync(worklist, WorklistStatus.Released, cancellationToken);
        var audited = await WorklistScan.ReadAsync(worklist, WorklistStatus.Audited, cancellationToken);
        var auditPending = await worklist.CountAsync(status: WorklistStatus.AuditPending, cancellationToken: cancellationToken);
        var autoReleased = await worklist.CountAsync(status: WorklistStatus.AutoReleased, cancellationToken: cancellationToken) + auditPending + audited.Count;
        var failed = await worklist.CountAsync(status: WorklistStatus.Failed, cancellationToken: cancellationToken);
        var awaiting = await worklist.CountAsync(status: WorklistStatus.AwaitingProvider, cancellationToken: cancellationToken);
        var returned = await worklist.CountAsync(status: WorklistStatus.Returned, cancellationToken: cancellationToken);
        var superseded = await worklist.CountAsync(status: WorklistStatus.Superseded, cancellationToken: cancellationToken);
        var withdrawn = await worklist.CountAsync(status: WorklistStatus.Withdrawn, cancellationToken: cancellationToken);
        var routed = held.Count + awaiting + released.Count + autoReleased;
        var agreement = released.SelectMany(WorklistService.Agreement)
            .GroupBy(d => d.System, StringComparer.Ordinal)
            .ToDictionary(
                g => g.Key,
                g => (IReadOnlyDictionary<string, long>)g.GroupBy(d => d.Decision, StringComparer.Ordinal).ToDictionary(d => d.Key, d => (long)d.Count(), StringComparer.Ordinal),
                StringComparer.Ordinal);
        var times = released.Where(i => i.ReleasedAt is not null).Select(i => (i.ReleasedAt!.Value - i.HeldAt).TotalSeconds).Order().ToList();
        return new WorklistStats(
            held.Count,
            awaiting,
            held.Count == 0 ? null : (now - held.Min(i => i.HeldAt)).TotalSeconds,
            released.Count,
            autoReleased,
            failed,
            returned,
            superseded,
            withdrawn,
            held.Concat(released).Sum(i => (long)i.ClaimReturns),
            AuditStats.Of(auditPending, audited),
            routed == 0 ? null : (double)autoReleased / routed,
            agreement,
            times.Count == 0 ? null : times[times.Count / 2]);
    }
}

/// <summary>The quality audit of auto-released codings: pending items, and per verdict the codes counted over audited items.</summary>
/// <param name="Precision">Agreed over agreed + disputed: auto-release precision as coders see it (null before any audit).</param>
/// <param name="Recall">Agreed over agreed + missed.</param>
public sealed record AuditStats(long Pending, long Audited, long Agreed, long Disputed, long Missed, double? Precision, double? Recall)
{
    public static AuditStats Of(long pending, IReadOnlyList<WorklistItem> audited)
    {
        var verdicts = audited.Where(i => i.Audit is not null).SelectMany(i => QualityAuditService.Verdicts(i.Audit!)).ToList();
        long Count(string verdict) => verdicts.Count(v => v.Verdict == verdict);
        var (agreed, disputed, missed) = (Count(QualityAuditService.Agreed), Count(QualityAuditService.Disputed), Count(QualityAuditService.Missed));
        return new AuditStats(pending, audited.Count, agreed, disputed, missed,
            agreed + disputed == 0 ? null : (double)agreed / (agreed + disputed),
            agreed + missed == 0 ? null : (double)agreed / (agreed + missed));
    }
}
