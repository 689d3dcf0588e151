using MedCoder.ServiceDefaults.Security;
using MedCoder.Storage;

namespace MedCoder.ComplianceEdit.Worklist;

/// <summary>
/// POST /api/worklist/{id}/audit: a coder's verdict on an auto-released coding in the audit sample. Every suggested code
/// gets agree or dispute (a dispute with a reason); codes the engine missed are named with a reason.
/// <c>agreeAll</c> agrees with every code.
/// </summary>
public sealed record AuditRequest(bool AgreeAll = false, IReadOnlyList<CodeVerdict>? Verdicts = null, IReadOnlyList<CodeChangeRequest>? Missed = null);

/// <summary>One suggested code: agree, or not (with the coder's reason).</summary>
public sealed record CodeVerdict(string? System, string? Code, bool Agree, string? Reason = null);

/// <summary>
/// The quality audit of auto-released codings (docs/architecture.md#worklist-and-audit): the share MEDCODER_WORKLIST_AUDIT_RATE
/// of them is sampled (status audit-pending; their claims went on), a coder gives a verdict per code, and the verdicts
/// are the auto-release precision as coders see it (metric medcoder.worklist.audit_verdicts, the stats' audit block).
/// A verdict corrects nothing already billed: a disputed code is for the coder to correct through the hospital.
/// </summary>
public sealed class QualityAuditService(ComplianceEditCollections collections, CoderCodes coderCodes, WorklistMetrics metrics, TimeProvider clock)
{
    public const string Agreed = "agreed";
    public const string Disputed = "disputed";
    public const string Missed = "missed";

    public async Task<WorklistResult> AuditAsync(string id, Caller caller, AuditRequest request, CancellationToken cancellationToken)
    {
        var result = WorklistResult.NotFound;
        var update = await collections.Worklist.UpdateAsync(id, current =>
        {
            if (current is null || !caller.CanAccess(current.Body.Key.Organization))
            {
                result = WorklistResult.NotFound;
                return null;
            }

            var item = current.Body;
            if (item.Status != WorklistStatus.AuditPending)
            {
                result = WorklistResult.Conflict($"The item is {item.Status}; only auto-released items in the audit sample take a quality audit, once.");
                return null;
            }

            result = Audited(item, caller, request);
            return result.Item is { } audited ? new DocumentWrite<WorklistItem>(id, audited, current.Partition, audited.Status) : null;
        }, cancellationToken);

        if (update.Changed && update.Body?.Audit is { } audit)
        {
            metrics.Audited(Verdicts(audit));
        }

        return result;
    }

    /// <summary>Per code system and verdict, one entry per code: what the metric and the stats count.</summary>
    public static IEnumerable<(string System, string Verdict)> Verdicts(QualityAudit audit) =>
        audit.Agreed.Select(c => (AuditTrail.SystemOf(c), Agreed))
            .Concat(audit.Disputed.Select(c => (AuditTrail.SystemOf(c), Disputed)))
            .Concat(audit.Missed.Select(c => (AuditTrail.SystemOf(c), Missed)));

    private WorklistResult Audited(WorklistItem item, Caller caller, AuditRequest request)
    {
        var now = clock.GetUtcNow();
        var verdicts = request.Verdicts ?? [];
        var agreed = new List<string>();
        var disputed = new List<string>();
        var reasons = new List<string>();
        foreach (var code in item.Codes)
        {
            var name = AuditTrail.Name(code);
            var verdict = verdicts.FirstOrDefault(v => v.System is not null && v.Code is not null && CoderCodes.Same(code, v.System, v.Code));
            if (verdict is null && !request.AgreeAll)
            {
                return WorklistResult.Invalid($"verdicts: {name} has no verdict (agree or dispute each code, or agreeAll)");
            }

            if (verdict is { Agree: false } && string.IsNullOrWhiteSpace(verdict.Reason))
            {
                return WorklistResult.Invalid($"verdicts: a reason is required to dispute {name}");
            }

            (verdict is { Agree: false } ? disputed : agreed).Add(name);
            if (verdict is { Agree: false })
            {
                reasons.Add($"{name}: {verdict.Reason!.Trim()}");
            }
        }

        var missed = new List<string>();
        foreach (var (change, i) in (request.Missed ?? []).Select((c, i) => (c, i)))
        {
            if (string.IsNullOrWhiteSpace(change.Reason))
            {
                return WorklistResult.Invalid($"missed[{i}]: a reason is required for {change.Code}");
            }

            var (resolved, problem) = coderCodes.Resolve(change.System, change.Code, item.Suggestion!.Encounter, item.Suggestion.CodeSetVersion);
            if (resolved is null)
            {
                return WorklistResult.Invalid($"missed[{i}]: {problem}");
            }

            missed.Add(AuditTrail.Name(resolved));
            reasons.Add($"{AuditTrail.Name(resolved)} missed: {change.Reason.Trim()}");
        }

        var audit = new QualityAudit(caller.KeyId, now, agreed, disputed, missed);
        var reason = string.Join("; ", reasons);
        return WorklistResult.Ok(item with
        {
            Status = WorklistStatus.Audited,
            Audit = audit,
            Trail = [.. item.Trail, new AuditEntry(now, caller.KeyId, AuditActions.QualityAudited, item.Version, [.. agreed, .. disputed, .. missed],
                Change: $"{agreed.Count} agreed, {disputed.Count} disputed, {missed.Count} missed", Reason: reason.Length > 2000 ? reason[..2000] : reason)],
        });
    }
}
