using System.Diagnostics.Metrics;

namespace MedCoder.ComplianceEdit.Worklist;

/// <summary>
/// The worklist's feedback into the numbers (meter MedCoder.Worklist): how encounters were routed, how coders agreed
/// with each suggested code per code system, the time from hold to release, and — observed from the last
/// <see cref="Backlog"/> that <see cref="WorklistBacklogRefresher"/> reads from the store — the worklist's size and the
/// oldest held item's age. Tags carry statuses, code systems and decisions only, never PHI.
/// </summary>
public sealed class WorklistMetrics : IDisposable
{
    public const string MeterName = "MedCoder.Worklist";

    private readonly Meter _meter = new(MeterName);
    private readonly Counter<long> _routed;
    private readonly Counter<long> _codeDecisions;
    private readonly Histogram<double> _timeToRelease;
    private readonly Counter<long> _closed;
    private readonly Counter<long> _claimReturns;
    private readonly Counter<long> _auditVerdicts;

    public WorklistMetrics()
    {
        _routed = _meter.CreateCounter<long>("medcoder.worklist.routed", description: "Encounter revisions by outcome of the edits and route: auto-released, held");
        _codeDecisions = _meter.CreateCounter<long>("medcoder.worklist.code_decisions", description: "Coder decisions on codes per code system: accepted, changed, added, removed");
        _meter.CreateObservableGauge("medcoder.worklist.size", ObserveSize, description: "Worklist items by status: held, awaiting-provider, audit-pending");
        _meter.CreateObservableGauge("medcoder.worklist.oldest_age", ObserveOldestAge, unit: "s", description: "Age of the oldest held item");
        _timeToRelease = _meter.CreateHistogram<double>("medcoder.worklist.time_to_release", unit: "s", description: "Time from hold to a coder's release");
        _closed = _meter.CreateCounter<long>("medcoder.worklist.closed", description: "Items taken off the list without a claim: returned-to-provider, superseded, withdrawn");
        _auditVerdicts = _meter.CreateCounter<long>("medcoder.worklist.audit_verdicts", description: "Coders' quality-audit verdicts on auto-released codes per code system: agreed, disputed, missed (auto-release precision as coders see it)");
        _claimReturns = _meter.CreateCounter<long>("medcoder.worklist.claim_returns", description: "Released codings ClaimAssembly handed back: claim-incomplete, payer-rejected (auto-release precision as payers see it)");
    }

    /// <summary>The last backlog read from the store (null before the first read).</summary>
    public WorklistBacklog? Backlog { get; set; }

    private IEnumerable<Measurement<long>> ObserveSize() => Backlog is not { } backlog ? [] :
    [
        new(backlog.Held, new KeyValuePair<string, object?>("status", WorklistStatus.Held)),
        new(backlog.AwaitingProvider, new KeyValuePair<string, object?>("status", WorklistStatus.AwaitingProvider)),
        new(backlog.AuditPending, new KeyValuePair<string, object?>("status", WorklistStatus.AuditPending)),
    ];

    private IEnumerable<Measurement<double>> ObserveOldestAge() =>
        Backlog is { OldestHeldAt: { } oldest } backlog ? [new((backlog.ReadAt - oldest).TotalSeconds)] : [];

    public void Routed(string status) => _routed.Add(1, new KeyValuePair<string, object?>("outcome", status));

    public void Released(IEnumerable<CodeDecision> decisions, TimeSpan sinceHeld)
    {
        foreach (var decision in decisions)
        {
            _codeDecisions.Add(1, new KeyValuePair<string, object?>("system", decision.System), new KeyValuePair<string, object?>("decision", decision.Decision));
        }

        _timeToRelease.Record(sinceHeld.TotalSeconds);
    }

    public void Closed(string status) => _closed.Add(1, new KeyValuePair<string, object?>("status", status));

    /// <summary>A released coding came back; <paramref name="wasAutoReleased"/> tells whether a coder had seen it.</summary>
    public void ClaimReturned(string kind, bool wasAutoReleased) =>
        _claimReturns.Add(1, new KeyValuePair<string, object?>("kind", kind), new KeyValuePair<string, object?>("auto_released", wasAutoReleased));

    public void Audited(IEnumerable<(string System, string Verdict)> verdicts)
    {
        foreach (var (system, verdict) in verdicts)
        {
            _auditVerdicts.Add(1, new KeyValuePair<string, object?>("system", system), new KeyValuePair<string, object?>("verdict", verdict));
        }
    }

    public void Dispose() => _meter.Dispose();
}

/// <summary>What a coder did with one code at release, compared with the engine's suggestion.</summary>
public sealed record CodeDecision(string System, string Decision)
{
    public const string Accepted = "accepted";
    public const string Changed = "changed";
    public const string Added = "added";
    public const string Removed = "removed";
}
