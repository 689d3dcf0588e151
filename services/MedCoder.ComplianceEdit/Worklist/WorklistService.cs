using MedCoder.ComplianceEdit.Edits;
using MedCoder.ComplianceEdit.Validation;
using MedCoder.Contracts;
using MedCoder.Contracts.Claims;
using MedCoder.Contracts.Coding;
using MedCoder.Contracts.Compliance;
using MedCoder.Contracts.Intake;
using MedCoder.ServiceDefaults.Messaging;
using MedCoder.ServiceDefaults.Security;
using MedCoder.Storage;
using Microsoft.Extensions.Options;

namespace MedCoder.ComplianceEdit.Worklist;

/// <summary>
/// Locks and decisions on held items (docs/architecture.md#worklist-and-audit). A decision is one compare-and-set write of
/// the item: the new coding revision, its findings, the audit entries and, on release, CodingValidated in the item's
/// outbox under the deterministic message id of the revision's validated stage, so a crash between decision and release
/// loses nothing and a replayed release doubles nothing.
/// </summary>
public sealed class WorklistService(ComplianceEditCollections collections, EditRunner edits, CoderCodes coderCodes, WorklistMetrics metrics, TimeProvider clock, IOptions<WorklistSettings>? settings = null)
{
    /// <summary>How long a lock holds (MEDCODER_WORKLIST_LOCK_MINUTES, 15 by default).</summary>
    public TimeSpan LockDuration { get; } = (settings?.Value ?? new WorklistSettings()).LockDuration;

    public async Task<WorklistResult> GetAsync(string id, Caller caller, CancellationToken cancellationToken) =>
        await collections.Worklist.GetAsync(id, cancellationToken) is { } document && caller.CanAccess(document.Body.Key.Organization)
            ? WorklistResult.Ok(document.Body)
            : WorklistResult.NotFound;

    public async Task<WorklistResult> LockAsync(string id, Caller caller, CancellationToken cancellationToken)
    {
        var result = WorklistResult.NotFound;
        await collections.Worklist.UpdateAsync(id, current =>
        {
            var now = clock.GetUtcNow();
            result = Workable(current, caller, now, version: null, deciding: false);
            if (result.Item is not { } item)
            {
                return null;
            }

            var locked = item with
            {
                Lock = new WorklistLock(caller.KeyId, now + LockDuration),
                Trail = [.. item.Trail, new AuditEntry(now, caller.KeyId, AuditActions.Locked, item.Version, [])],
            };
            result = WorklistResult.Ok(locked);
            return new DocumentWrite<WorklistItem>(id, locked, current!.Partition, current.Status);
        }, cancellationToken);
        return result;
    }

    public async Task<WorklistResult> DecideAsync(string id, Caller caller, DecisionRequest request, CancellationToken cancellationToken)
    {
        if (request.Action is not (DecisionRequest.AcceptAll or DecisionRequest.Revise or DecisionRequest.Return))
        {
            return WorklistResult.Invalid($"action must be {DecisionRequest.AcceptAll}, {DecisionRequest.Revise} or {DecisionRequest.Return}");
        }

        if (request.Action == DecisionRequest.Return && string.IsNullOrWhiteSpace(request.Reason))
        {
            return WorklistResult.Invalid("a reason is required to return the encounter to the provider");
        }

        var result = WorklistResult.NotFound;
        var update = await collections.Worklist.UpdateAsync(id, current =>
        {
            var now = clock.GetUtcNow();
            result = Workable(current, caller, now, request.Version, deciding: true);
            if (result.Item is not { } item)
            {
                return null;
            }

            result = request.Action == DecisionRequest.Return ? ReturnToProvider(item, caller, request.Reason!, now) : Decide(item, caller, request, now);
            if (result.Item is not { } decided)
            {
                return null;
            }

            return new DocumentWrite<WorklistItem>(id, decided, current!.Partition, decided.Status, Outbox(decided));
        }, cancellationToken);

        if (update.Changed && update.Body is { Status: WorklistStatus.Released } done)
        {
            collections.OutboxSignal.Notify();
            metrics.Released(Agreement(done), (done.ReleasedAt ?? done.HeldAt) - done.HeldAt);
            await MarkValidatedAsync(done, cancellationToken);
        }
        else if (update.Changed && update.Body is { Status: WorklistStatus.Returned })
        {
            collections.OutboxSignal.Notify();
            metrics.Closed(WorklistStatus.Returned);
        }

        return result;
    }

    /// <summary>
    /// What a decision publishes: a release, CodingValidated under the release's own message id (the first release the
    /// revision's validated stage; a release after a claim came back a stage of its own, so it is not taken for a
    /// redelivery); a return, EncounterFailed naming the reasons, never the coder's text.
    /// </summary>
    private static IReadOnlyList<OutboxMessage> Outbox(WorklistItem decided) => decided.Status switch
    {
        WorklistStatus.Released => [OutboxMessages.For(Validated(decided), decided.ClaimReturns == 0 ? Stages.Validated : $"{Stages.Validated}-{decided.ClaimReturns}")],
        WorklistStatus.Returned => [OutboxMessages.For(new EncounterFailed(decided.Key, decided.Revision, decided.CorrelationId, Stages.HeldForReview, ReturnReason(decided)), Stages.Failed)],
        _ => [],
    };

    private static string ReturnReason(WorklistItem item)
    {
        var errors = item.Findings.Where(f => f.Severity == EditSeverity.Error).Select(f => f.EditId).Distinct(StringComparer.Ordinal).ToList();
        return $"returned to the provider by a coder ({string.Join(", ", item.Reasons)}{(errors.Count > 0 ? ": " + string.Join(", ", errors) : string.Empty)}); correct the encounter and submit a new revision";
    }

    /// <summary>The coder sends the encounter back: off the list, no claim; the hospital's next revision is coded afresh.</summary>
    private static WorklistResult ReturnToProvider(WorklistItem item, Caller caller, string reason, DateTimeOffset now) =>
        WorklistResult.Ok(item with
        {
            Status = WorklistStatus.Returned,
            Version = item.Version + 1,
            Lock = null,
            Trail = [.. item.Trail, new AuditEntry(now, caller.KeyId, AuditActions.ReturnedToProvider, item.Version + 1, [], Change: string.Join(", ", item.Reasons), Reason: Bounded(reason))],
        });

    /// <summary>
    /// ClaimAssembly handed a released coding back (the 837 lacks fields, or the payer rejected the claim): the item is held
    /// again with that reason and what the return named, for a coder to correct and release (a resubmission) or return to
    /// the provider. A redelivered return (same time) changes nothing.
    /// </summary>
    public async Task ReopenAsync(ClaimReturned returned, CancellationToken cancellationToken)
    {
        var id = returned.Key.ResourceId(returned.Revision);
        var wasAutoReleased = false;
        var update = await collections.Worklist.UpdateAsync(id, current =>
        {
            if (current is null || !WorklistStatus.IsReleased(current.Body.Status)
                || current.Body.Trail.Any(e => e.Action == AuditActions.ClaimReturned && e.At == returned.ReturnedAt))
            {
                return null;
            }

            var item = current.Body;
            wasAutoReleased = WorklistStatus.IsAutoReleased(item.Status);
            var details = returned.Details.Select(d => d.Length > 500 ? d[..500] : d).Take(50).ToList();
            var reopened = item with
            {
                Status = WorklistStatus.Held,
                Version = item.Version + 1,
                Reasons = [returned.Kind],
                ClaimProblems = details,
                ClaimReturns = item.ClaimReturns + 1,
                HeldAt = returned.ReturnedAt,
                ReleasedAt = null,
                Lock = null,
                Trail = [.. item.Trail, new AuditEntry(returned.ReturnedAt, AuditTrail.Claims, AuditActions.ClaimReturned, item.Version + 1, [], Change: returned.Kind, Reason: string.Join("; ", details))],
            };
            return new DocumentWrite<WorklistItem>(id, reopened, current.Partition, reopened.Status);
        }, cancellationToken);

        if (update.Changed)
        {
            metrics.ClaimReturned(returned.Kind, wasAutoReleased);
        }
    }

    /// <summary>Sends a physician query: the item waits for the provider (off the list, no decisions) until answered.</summary>
    public async Task<WorklistResult> SendQueryAsync(string id, Caller caller, QueryRequest request, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.Topic) || string.IsNullOrWhiteSpace(request.Question))
        {
            return WorklistResult.Invalid("topic and question are required");
        }

        var result = WorklistResult.NotFound;
        await collections.Worklist.UpdateAsync(id, current =>
        {
            var now = clock.GetUtcNow();
            result = Workable(current, caller, now, request.Version, deciding: true);
            if (result.Item is not { } item)
            {
                return null;
            }

            var sent = item with
            {
                Status = WorklistStatus.AwaitingProvider,
                Version = item.Version + 1,
                Lock = null,
                ProviderQueries = [.. item.ProviderQueries ?? [], new ProviderQuery(Bounded(request.Topic), Bounded(request.Question), caller.KeyId, now)],
                Trail = [.. item.Trail, new AuditEntry(now, caller.KeyId, AuditActions.QuerySent, item.Version + 1, [], Change: Bounded(request.Topic))],
            };
            result = WorklistResult.Ok(sent);
            return new DocumentWrite<WorklistItem>(id, sent, current!.Partition, sent.Status);
        }, cancellationToken);
        return result;
    }

    /// <summary>The provider's answer (the hospital's own key) puts the item back on the list with the reason query-answered.</summary>
    public async Task<WorklistResult> AnswerQueryAsync(string id, Caller caller, QueryAnswerRequest request, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.Answer))
        {
            return WorklistResult.Invalid("answer is required");
        }

        var result = WorklistResult.NotFound;
        await collections.Worklist.UpdateAsync(id, current =>
        {
            if (current is null || !caller.CanAccess(current.Body.Key.Organization))
            {
                result = WorklistResult.NotFound;
                return null;
            }

            var item = current.Body;
            if (item.Status != WorklistStatus.AwaitingProvider || item.ProviderQueries is not { Count: > 0 } queries)
            {
                result = WorklistResult.Conflict($"The item is {item.Status}; no query waits for an answer.");
                return null;
            }

            var now = clock.GetUtcNow();
            var answered = item with
            {
                Status = WorklistStatus.Held,
                Version = item.Version + 1,
                Reasons = [.. item.Reasons.Where(r => r != QueryAnswered), QueryAnswered],
                ProviderQueries = [.. queries.Take(queries.Count - 1), queries[^1] with { Answer = Bounded(request.Answer), AnsweredAt = now }],
                // The answer is clinical text: the trail records that it came, not what it says.
                Trail = [.. item.Trail, new AuditEntry(now, caller.KeyId, AuditActions.QueryAnswered, item.Version + 1, [], Change: queries[^1].Topic)],
            };
            result = WorklistResult.Ok(answered);
            return new DocumentWrite<WorklistItem>(id, answered, current.Partition, answered.Status);
        }, cancellationToken);
        return result;
    }

    /// <summary>The reason an answered query adds when the item returns to the list.</summary>
    public const string QueryAnswered = "query-answered";

    /// <summary>
    /// The item when the caller may work it now: visible, still held, the version as opened, not locked by someone else;
    /// for a decision, not under the caller's own lock that has expired (another coder could have taken it meanwhile).
    /// </summary>
    private static WorklistResult Workable(Document<WorklistItem>? current, Caller caller, DateTimeOffset now, int? version, bool deciding)
    {
        if (current is null || !caller.CanAccess(current.Body.Key.Organization))
        {
            return WorklistResult.NotFound;
        }

        var item = current.Body;
        if (item.Status != WorklistStatus.Held)
        {
            return WorklistResult.Conflict($"The item is {item.Status}; only held items take locks and decisions.");
        }

        if (version is { } opened && opened != item.Version)
        {
            return WorklistResult.Conflict($"The item changed since it was opened (version {opened}, now {item.Version}); open it again.");
        }

        if (item.Lock is { } held && held.ExpiresAt > now && held.Owner != caller.KeyId)
        {
            return WorklistResult.Conflict($"Another user holds the lock until {held.ExpiresAt:O}.");
        }

        if (deciding && item.Lock is { } own && own.Owner == caller.KeyId && own.ExpiresAt <= now)
        {
            return WorklistResult.Conflict($"Your lock expired at {own.ExpiresAt:O}; lock the item again and review it before deciding.");
        }

        return WorklistResult.Ok(item);
    }

    private WorklistResult Decide(WorklistItem item, Caller caller, DecisionRequest request, DateTimeOffset now)
    {
        if (item.Suggestion is null)
        {
            return WorklistResult.Conflict("This item was stored without its suggestion (before returns existed); it can only be returned to the provider.");
        }

        if (item.Reasons.Contains(ClaimReturnKinds.Incomplete) && request.Release != false)
        {
            return WorklistResult.Blocked($"The claim lacks fields only the hospital can send ({string.Join(", ", item.ClaimProblems ?? [])}): return the encounter to the provider.");
        }

        var encounter = item.Suggestion.Encounter;
        var version = item.Version + 1;
        var codes = item.Codes.ToList();
        var trail = new List<AuditEntry>();
        if (request.Action == DecisionRequest.Revise)
        {
            var changes = request.Changes ?? [];
            for (var i = 0; i < changes.Count; i++)
            {
                if (Apply(changes[i], $"changes[{i}]", codes, encounter, item.Suggestion.CodeSetVersion) is { } problem)
                {
                    return WorklistResult.Invalid(problem);
                }
            }
        }
        else
        {
            trail.Add(new AuditEntry(now, caller.KeyId, AuditActions.Accepted, version, codes.Select(AuditTrail.Name).ToList()));
        }

        var findings = edits.Run(encounter, codes, item.Lines, item.Suggestion.CodeSetVersion);
        var overrides = item.Overrides.ToList();
        var warnings = findings.Where(f => f.Severity == EditSeverity.Warning).Select(f => f.EditId).ToHashSet(StringComparer.Ordinal);
        foreach (var (requested, i) in (request.Overrides ?? []).Select((o, i) => (o, i)))
        {
            if (string.IsNullOrWhiteSpace(requested.Reason))
            {
                return WorklistResult.Invalid($"overrides[{i}]: a reason is required to override {requested.EditId}");
            }

            if (requested.EditId is null || !warnings.Contains(requested.EditId))
            {
                return WorklistResult.Invalid($"overrides[{i}]: {requested.EditId} is not a warning on this coding (errors cannot be overridden)");
            }

            overrides.Add(new WarningOverride(requested.EditId, Bounded(requested.Reason)));
        }

        var release = request.Action == DecisionRequest.AcceptAll || request.Release != false;
        var errors = findings.Where(f => f.Severity == EditSeverity.Error).Select(f => f.EditId).Distinct().ToList();
        if (release && errors.Count > 0)
        {
            return WorklistResult.Blocked($"The edits find errors on this coding: {string.Join(", ", errors)}. Fix the codes, or save without releasing.");
        }

        var open = warnings.Where(w => overrides.All(o => o.EditId != w)).Order(StringComparer.Ordinal).ToList();
        if (release && open.Count > 0 && request.Action == DecisionRequest.Revise)
        {
            return WorklistResult.Blocked($"Warnings need an override with a reason before release: {string.Join(", ", open)}.");
        }

        if (request.Action == DecisionRequest.AcceptAll)
        {
            // Accepting everything as it stands accepts its warnings too; the trail says so, warning by warning.
            const string accepted = "accepted as suggested";
            overrides.AddRange(open.Select(w => new WarningOverride(w, accepted)));
            trail.AddRange(open.Select(w => new AuditEntry(now, caller.KeyId, AuditActions.WarningOverridden, version, [], Change: w, Reason: accepted)));
        }

        trail.AddRange(TrailOf(request, caller, version, now));
        trail.Add(new AuditEntry(now, AuditTrail.Edits, AuditActions.Revised, version, codes.Select(AuditTrail.Name).ToList(),
            Change: string.Join(", ", findings.Select(f => $"{f.EditId} ({f.Severity.ToString().ToLowerInvariant()})"))));
        if (release)
        {
            trail.Add(new AuditEntry(now, caller.KeyId, AuditActions.Released, version, codes.Select(AuditTrail.Name).ToList()));
        }

        return WorklistResult.Ok(item with
        {
            Version = version,
            Codes = codes,
            Findings = findings,
            Overrides = overrides,
            Status = release ? WorklistStatus.Released : WorklistStatus.Held,
            ReleasedAt = release ? now : null,
            Lock = release ? null : item.Lock,
            Trail = [.. item.Trail, .. trail],
        });
    }

    /// <returns>The problem, naming the change and the code, or null when applied.</returns>
    private string? Apply(CodeChangeRequest change, string at, List<SuggestedCode> codes, Contracts.Encounters.Encounter encounter, string codeSetVersion)
    {
        if (string.IsNullOrWhiteSpace(change.Reason))
        {
            return $"{at}: a reason is required to {change.Kind ?? "change"} {change.Code}";
        }

        var existing = codes.FindIndex(c => change.System is not null && change.Code is not null && CoderCodes.Same(c, change.System, change.Code));
        switch (change.Kind)
        {
            case CodeChangeRequest.Remove when existing < 0:
            case CodeChangeRequest.Change when existing < 0:
                return $"{at}: {change.System} {change.Code} is not on this coding";
            case CodeChangeRequest.Remove:
                codes.RemoveAt(existing);
                return null;
            case CodeChangeRequest.Add when existing >= 0:
                return $"{at}: {change.System} {change.Code} is already on this coding";
            case CodeChangeRequest.Add:
                var (added, addProblem) = coderCodes.Resolve(change.System, change.Code, encounter, codeSetVersion);
                if (added is null)
                {
                    return $"{at}: {addProblem}";
                }

                codes.Add(added);
                return null;
            case CodeChangeRequest.Change:
                var (replacement, changeProblem) = coderCodes.Resolve(change.System, change.To, encounter, codeSetVersion);
                if (replacement is null)
                {
                    return $"{at}: {changeProblem}";
                }

                codes[existing] = replacement with { Units = codes[existing].Units, PresentOnAdmission = codes[existing].PresentOnAdmission };
                return null;
            default:
                return $"{at}: kind must be {CodeChangeRequest.Remove}, {CodeChangeRequest.Add} or {CodeChangeRequest.Change}";
        }
    }

    private static IEnumerable<AuditEntry> TrailOf(DecisionRequest request, Caller caller, int version, DateTimeOffset now)
    {
        if (request.Action == DecisionRequest.Revise)
        {
            foreach (var change in request.Changes ?? [])
            {
                var code = $"{change.System} {change.Code?.Trim().ToUpperInvariant()}";
                yield return change.Kind switch
                {
                    CodeChangeRequest.Remove => new AuditEntry(now, caller.KeyId, AuditActions.CodeRemoved, version, [code], Change: $"{code} removed", Reason: Bounded(change.Reason)),
                    CodeChangeRequest.Add => new AuditEntry(now, caller.KeyId, AuditActions.CodeAdded, version, [code], Change: $"{code} added", Reason: Bounded(change.Reason)),
                    _ => new AuditEntry(now, caller.KeyId, AuditActions.CodeChanged, version, [code, $"{change.System} {change.To?.Trim().ToUpperInvariant()}"], Change: $"{code} → {change.To?.Trim().ToUpperInvariant()}", Reason: Bounded(change.Reason)),
                };
            }
        }

        foreach (var o in request.Overrides ?? [])
        {
            yield return new AuditEntry(now, caller.KeyId, AuditActions.WarningOverridden, version, [], Change: o.EditId, Reason: Bounded(o.Reason));
        }
    }

    /// <summary>What the coder did with each suggested code, from the trail: the feedback the metrics and stats count.</summary>
    public static IReadOnlyList<CodeDecision> Agreement(WorklistItem item)
    {
        var decisions = new List<CodeDecision>();
        var touched = new List<string>();
        foreach (var entry in item.Trail)
        {
            var decision = entry.Action switch
            {
                AuditActions.CodeChanged => CodeDecision.Changed,
                AuditActions.CodeAdded => CodeDecision.Added,
                AuditActions.CodeRemoved => CodeDecision.Removed,
                _ => null,
            };
            if (decision is not null && entry.Codes.Count > 0)
            {
                touched.Add(Normalized(entry.Codes[0]));
                decisions.Add(new CodeDecision(AuditTrail.SystemOf(entry.Codes[0]), decision));
            }
        }

        // Each change touches one occurrence: a code suggested twice and removed once was accepted once.
        decisions.AddRange((item.Suggestion?.Codes ?? []).Where(c => !touched.Remove(Normalized(AuditTrail.Name(c)))).Select(c => new CodeDecision(c.System, CodeDecision.Accepted)));
        return decisions;
    }

    private static string Normalized(string name) => name.Replace(".", string.Empty, StringComparison.Ordinal).ToUpperInvariant();

    private static CodingValidated Validated(WorklistItem item)
    {
        var suggestion = item.Suggestion!;
        return new CodingValidated(item.Key, item.Revision, item.CorrelationId, suggestion.Encounter, item.Codes, item.Findings, suggestion.CodeSetVersion, suggestion.ReceivedAt, item.Lines, item.Unbilled, item.Version);
    }

    /// <summary>The validation record follows the release (stats, GET /api/edits/{id}); the item is the source of truth.</summary>
    private async Task MarkValidatedAsync(WorklistItem item, CancellationToken cancellationToken) =>
        await collections.Validations.UpdateAsync(item.Id, current => current is null || current.Status == Stages.Validated
            ? null
            : new DocumentWrite<ValidationRecord>(item.Id, current.Body with { Passed = true, Findings = item.Findings }, current.Partition, Stages.Validated), cancellationToken);

    /// <summary>A coder's reason is kept as written, bounded; it is the coder's text, never the note's.</summary>
    private static string Bounded(string? reason) => reason is null ? string.Empty : reason.Trim().Length > 2000 ? reason.Trim()[..2000] : reason.Trim();
}
