using MedCoder.ComplianceEdit.Tests.Support;
using MedCoder.ComplianceEdit.Validation;
using MedCoder.ComplianceEdit.Worklist;
using MedCoder.Contracts;
using MedCoder.Contracts.Coding;
using MedCoder.Contracts.Compliance;
using MedCoder.ServiceDefaults.Messaging;
using MedCoder.ServiceDefaults.Security;
using MedCoder.ServiceDefaults.Telemetry;
using MedCoder.Testing;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Time.Testing;

namespace MedCoder.ComplianceEdit.Tests;

/// <summary>Hold, lock, decide and release on the coder worklist, and the audit trail they leave (docs/architecture.md#worklist-and-audit).</summary>
public sealed class WorklistServiceTests : IAsyncDisposable
{
    private static readonly Caller CoderA = new("coder-a", Roles.Coder, Caller.AllOrganizations);
    private static readonly Caller CoderB = new("coder-b", Roles.Coder, Caller.AllOrganizations);
    private static readonly Caller OtherOrganizationCoder = new("coder-c", Roles.Coder, "river-clinic");

    private readonly WorklistHarness _harness = new();
    private readonly PipelineMetrics _metrics;
    private readonly WorklistMetrics _worklistMetrics;
    private readonly FakeTimeProvider _clock;
    private readonly ComplianceEditCollections _collections;
    private readonly ValidationService _validation;
    private readonly WorklistService _worklist;

    public WorklistServiceTests()
    {
        (_metrics, _worklistMetrics, _clock, _collections, _validation, _worklist) =
            (_harness.Metrics, _harness.WorklistMetrics, _harness.Clock, _harness.Collections, _harness.Validation, _harness.Worklist);
    }

    private static CodesSuggested LowConfidence(string encounterId, params string[] codes)
    {
        var encounter = new EncounterBuilder().WithEncounterId(encounterId).Build();
        return new CodesSuggested(encounter.Key, 1, Guid.NewGuid(), encounter,
            codes.Select(c => new SuggestedCode(CodeSystems.Icd10Cm, c, "d", 0.6, [new EvidenceSpan(0, 0, 4)], "test")).ToList(),
            "ICD-10-CM FY2026", DateTimeOffset.UtcNow, Route: new CodingRoute(false, 0.9, [CodingRoute.LowConfidence]));
    }

    private async Task<string> HoldAsync(string encounterId, params string[] codes)
    {
        var suggested = LowConfidence(encounterId, codes);
        await _validation.ValidateAsync(suggested, CancellationToken.None);
        return suggested.Key.ResourceId(1);
    }

    private async Task<List<object>> PublishedAsync() =>
        [.. (await _collections.Worklist.PendingOutboxAsync(100)).Concat(await _collections.Validations.PendingOutboxAsync(100)).Select(p => OutboxMessages.Deserialize(p.Message))];

    [Fact]
    public async Task A_held_item_makes_no_claim_until_a_coder_changes_a_code_and_releases_it()
    {
        var id = await HoldAsync("E-held", "E11.9");
        Assert.IsType<CodingHeld>(Assert.Single(await PublishedAsync()));
        var opened = Assert.IsType<WorklistItem>((await _worklist.GetAsync(id, CoderA, CancellationToken.None)).Item);
        Assert.Equal(WorklistStatus.Held, opened.Status);
        Assert.Equal(StatusCodes.Status200OK, (await _worklist.LockAsync(id, CoderA, CancellationToken.None)).Status);

        var decided = await _worklist.DecideAsync(id, CoderA, new DecisionRequest(DecisionRequest.Revise, opened.Version,
            [new CodeChangeRequest(CodeChangeRequest.Change, CodeSystems.Icd10Cm, "E11.9", "E11.65", "documented hyperglycemia")]), CancellationToken.None);

        Assert.Equal(StatusCodes.Status200OK, decided.Status);
        var validated = Assert.Single((await PublishedAsync()).OfType<CodingValidated>());
        Assert.Equal("E1165", Assert.Single(validated.Codes).Code);
        Assert.Equal(DeterministicId.MessageId(validated.Key, 1, Stages.Validated), Assert.Single(await _collections.Worklist.PendingOutboxAsync(100), p => p.Message.MessageType == typeof(CodingValidated).FullName).Message.MessageId);
        Assert.Equal(Stages.Validated, (await _collections.Validations.GetAsync(id))!.Status);
    }

    [Fact]
    public async Task Accept_all_releases_the_coding_as_suggested()
    {
        var id = await HoldAsync("E-accept", "I10");

        var decided = await _worklist.DecideAsync(id, CoderA, new DecisionRequest(DecisionRequest.AcceptAll), CancellationToken.None);

        Assert.Equal(WorklistStatus.Released, decided.Item!.Status);
        Assert.Equal("I10", Assert.Single(Assert.Single((await PublishedAsync()).OfType<CodingValidated>()).Codes).Code);
    }

    [Fact]
    public async Task Accept_all_accepts_the_warnings_too_and_the_trail_names_each()
    {
        var id = await HoldAsync("E-accept-warning", "I10", "I10"); // DX-DUPLICATE: a warning

        var decided = await _worklist.DecideAsync(id, CoderA, new DecisionRequest(DecisionRequest.AcceptAll, 1), CancellationToken.None);

        Assert.Equal(StatusCodes.Status200OK, decided.Status);
        Assert.Contains(decided.Item!.Trail, e => e is { Action: AuditActions.WarningOverridden, Change: "DX-DUPLICATE", Reason: "accepted as suggested" });
        Assert.Contains(Assert.Single((await PublishedAsync()).OfType<CodingValidated>()).Findings, f => f.EditId == "DX-DUPLICATE");
    }

    [Fact]
    public async Task An_auto_released_suggestion_never_reaches_the_worklist()
    {
        var suggested = LowConfidence("E-auto", "I10") with { Route = new CodingRoute(true, 0.9, []) };
        await _validation.ValidateAsync(suggested, CancellationToken.None);

        Assert.IsType<CodingValidated>(Assert.Single(await PublishedAsync()));
        Assert.Empty((await new WorklistQuery(null, null, null, null, WorklistQuery.Oldest, 0, 50).RunAsync(_collections.Worklist, CoderA, CancellationToken.None)).Items);
    }

    [Fact]
    public async Task A_second_coder_cannot_take_a_held_lock_until_it_expires()
    {
        var id = await HoldAsync("E-lock", "I10");

        var locks = await Task.WhenAll(_worklist.LockAsync(id, CoderA, CancellationToken.None), _worklist.LockAsync(id, CoderB, CancellationToken.None));

        Assert.Equal([StatusCodes.Status200OK, StatusCodes.Status409Conflict], locks.Select(l => l.Status).Order());
        var loser = locks.Single(l => l.Status == StatusCodes.Status200OK).Item!.Lock!.Owner == CoderA.KeyId ? CoderB : CoderA;
        Assert.Equal(StatusCodes.Status409Conflict, (await _worklist.DecideAsync(id, loser, new DecisionRequest(DecisionRequest.AcceptAll), CancellationToken.None)).Status);
        _clock.Advance(_worklist.LockDuration + TimeSpan.FromSeconds(1));
        Assert.Equal(StatusCodes.Status200OK, (await _worklist.LockAsync(id, loser, CancellationToken.None)).Status);
    }

    [Fact]
    public async Task A_decision_under_the_coders_own_expired_lock_answers_409_until_locked_again()
    {
        var id = await HoldAsync("E-expired", "I10");
        Assert.Equal(StatusCodes.Status200OK, (await _worklist.LockAsync(id, CoderA, CancellationToken.None)).Status);
        _clock.Advance(_worklist.LockDuration + TimeSpan.FromSeconds(1));

        var late = await _worklist.DecideAsync(id, CoderA, new DecisionRequest(DecisionRequest.AcceptAll), CancellationToken.None);
        Assert.Equal(StatusCodes.Status409Conflict, late.Status);
        Assert.Contains("expired", late.Detail, StringComparison.Ordinal);

        Assert.Equal(StatusCodes.Status200OK, (await _worklist.LockAsync(id, CoderA, CancellationToken.None)).Status);
        Assert.Equal(StatusCodes.Status200OK, (await _worklist.DecideAsync(id, CoderA, new DecisionRequest(DecisionRequest.AcceptAll), CancellationToken.None)).Status);
    }

    [Fact]
    public async Task A_stale_decision_answers_409_and_loses_nothing()
    {
        var id = await HoldAsync("E-stale", "I10", "E11.9");
        var saved = await _worklist.DecideAsync(id, CoderA, new DecisionRequest(DecisionRequest.Revise, 1,
            [new CodeChangeRequest(CodeChangeRequest.Add, CodeSystems.Icd10Cm, "J18.9", Reason: "pneumonia documented")], Release: false), CancellationToken.None);
        Assert.Equal(2, saved.Item!.Version);

        var stale = await _worklist.DecideAsync(id, CoderB, new DecisionRequest(DecisionRequest.AcceptAll, 1), CancellationToken.None);

        Assert.Equal(StatusCodes.Status409Conflict, stale.Status);
        var item = (await _worklist.GetAsync(id, CoderA, CancellationToken.None)).Item!;
        Assert.Equal((WorklistStatus.Held, 2, 3), (item.Status, item.Version, item.Codes.Count));
        Assert.DoesNotContain(await PublishedAsync(), m => m is CodingValidated);
    }

    [Fact]
    public async Task A_decision_on_a_released_item_answers_409()
    {
        var id = await HoldAsync("E-twice", "I10");
        await _worklist.DecideAsync(id, CoderA, new DecisionRequest(DecisionRequest.AcceptAll), CancellationToken.None);

        Assert.Equal(StatusCodes.Status409Conflict, (await _worklist.DecideAsync(id, CoderA, new DecisionRequest(DecisionRequest.AcceptAll), CancellationToken.None)).Status);
        Assert.Single((await PublishedAsync()).OfType<CodingValidated>());
    }

    [Theory]
    [InlineData(CodeChangeRequest.Add, "E11", null, "a reason", "E11")] // a category header is not billable
    [InlineData(CodeChangeRequest.Add, "E11.65", null, null, "reason")]
    [InlineData(CodeChangeRequest.Remove, "I10", null, " ", "reason")]
    [InlineData(CodeChangeRequest.Remove, "J18.9", null, "not documented", "J18.9")]
    [InlineData(CodeChangeRequest.Change, "I10", "Q99.99", "typo", "Q99.99")]
    [InlineData("rename", "I10", null, "why", "kind")]
    public async Task Bad_changes_answer_400_naming_what_is_wrong(string kind, string code, string? to, string? reason, string named)
    {
        var id = await HoldAsync("E-bad", "I10");

        var result = await _worklist.DecideAsync(id, CoderA, new DecisionRequest(DecisionRequest.Revise, Changes: [new CodeChangeRequest(kind, CodeSystems.Icd10Cm, code, to, reason)]), CancellationToken.None);

        Assert.Equal(StatusCodes.Status400BadRequest, result.Status);
        Assert.Contains(named, result.Detail, StringComparison.Ordinal);
        Assert.Equal(1, (await _worklist.GetAsync(id, CoderA, CancellationToken.None)).Item!.Version);
    }

    [Fact]
    public async Task A_warning_needs_an_override_with_a_reason_before_a_revised_release()
    {
        var id = await HoldAsync("E-warn", "I10", "I10"); // DX-DUPLICATE: a warning
        Assert.Contains(HoldPolicy.EditWarning, (await _worklist.GetAsync(id, CoderA, CancellationToken.None)).Item!.Reasons);

        var blocked = await _worklist.DecideAsync(id, CoderA, new DecisionRequest(DecisionRequest.Revise), CancellationToken.None);
        var noReason = await _worklist.DecideAsync(id, CoderA, new DecisionRequest(DecisionRequest.Revise, Overrides: [new OverrideRequest("DX-DUPLICATE", "")]), CancellationToken.None);
        var released = await _worklist.DecideAsync(id, CoderA, new DecisionRequest(DecisionRequest.Revise, Overrides: [new OverrideRequest("DX-DUPLICATE", "billed once by the payer's rule")]), CancellationToken.None);

        Assert.Equal((StatusCodes.Status422UnprocessableEntity, StatusCodes.Status400BadRequest, StatusCodes.Status200OK), (blocked.Status, noReason.Status, released.Status));
        Assert.Contains("DX-DUPLICATE", blocked.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_coding_the_edits_stop_is_not_released()
    {
        var id = await HoldAsync("E-error", "I10");

        var result = await _worklist.DecideAsync(id, CoderA, new DecisionRequest(DecisionRequest.Revise,
            Changes: [new CodeChangeRequest(CodeChangeRequest.Remove, CodeSystems.Icd10Cm, "I10", Reason: "not supported")]), CancellationToken.None);

        Assert.Equal(StatusCodes.Status422UnprocessableEntity, result.Status);
        Assert.Contains("DX-NONE", result.Detail, StringComparison.Ordinal);
        Assert.DoesNotContain(await PublishedAsync(), m => m is CodingValidated);
    }

    [Fact]
    public async Task Another_organizations_item_and_an_unknown_one_are_not_found()
    {
        var id = await HoldAsync("E-org", "I10");

        Assert.Equal(StatusCodes.Status404NotFound, (await _worklist.GetAsync(id, OtherOrganizationCoder, CancellationToken.None)).Status);
        Assert.Equal(StatusCodes.Status404NotFound, (await _worklist.LockAsync(id, OtherOrganizationCoder, CancellationToken.None)).Status);
        Assert.Equal(StatusCodes.Status404NotFound, (await _worklist.DecideAsync(id, OtherOrganizationCoder, new DecisionRequest(DecisionRequest.AcceptAll), CancellationToken.None)).Status);
        Assert.Equal(StatusCodes.Status404NotFound, (await _worklist.DecideAsync("0000000000000000-1", CoderA, new DecisionRequest(DecisionRequest.AcceptAll), CancellationToken.None)).Status);
        Assert.Empty((await new WorklistQuery(null, null, null, null, WorklistQuery.Oldest, 0, 50).RunAsync(_collections.Worklist, OtherOrganizationCoder, CancellationToken.None)).Items);
        Assert.Single((await new WorklistQuery(null, null, null, null, WorklistQuery.Oldest, 0, 50).RunAsync(_collections.Worklist, new Caller("coder-d", Roles.Coder, "general-hospital"), CancellationToken.None)).Items);
        var grantedBoth = new Caller("coder-e", Roles.Coder, "river-clinic,general-hospital");
        Assert.Single((await new WorklistQuery(null, null, null, null, WorklistQuery.Oldest, 0, 50).RunAsync(_collections.Worklist, grantedBoth, CancellationToken.None)).Items);
        Assert.Equal(StatusCodes.Status200OK, (await _worklist.LockAsync(id, grantedBoth, CancellationToken.None)).Status);
    }

    [Fact]
    public async Task The_list_filters_orders_by_value_and_pages_with_a_cursor()
    {
        await HoldAsync("E-1", "I10");
        _clock.Advance(TimeSpan.FromMinutes(1));
        await HoldAsync("E-2", "I10", "I10");
        _clock.Advance(TimeSpan.FromMinutes(1));
        await HoldAsync("E-3", "E11.9");

        var first = await new WorklistQuery(null, null, null, null, WorklistQuery.Oldest, 0, 2).RunAsync(_collections.Worklist, CoderA, CancellationToken.None);
        var (rest, _) = WorklistQuery.Parse(null, null, null, null, null, first.NextCursor, 2);
        var second = await rest!.RunAsync(_collections.Worklist, CoderA, CancellationToken.None);
        var warned = await new WorklistQuery(HoldPolicy.EditWarning, null, null, "DX-DUPLICATE", WorklistQuery.Oldest, 0, 50).RunAsync(_collections.Worklist, CoderA, CancellationToken.None);

        Assert.Equal(["E-1", "E-2", "E-3"], first.Items.Concat(second.Items).Select(i => i.EncounterId));
        Assert.Null(second.NextCursor);
        Assert.Equal("E-2", Assert.Single(warned.Items).EncounterId);
        Assert.Equal("order must be oldest or value", WorklistQuery.Parse(null, null, null, null, "newest", null, null).Problem);
        Assert.NotNull(WorklistQuery.Parse(null, null, null, null, null, "x", null).Problem);
        Assert.NotNull(WorklistQuery.Parse(null, null, null, null, null, null, 0).Problem);
    }

    [Fact]
    public async Task The_audit_trail_records_suggestion_findings_route_decision_and_release_with_codes_only()
    {
        var id = await HoldAsync("E-audit", "E11.9", "I10", "I10");
        await _worklist.LockAsync(id, CoderA, CancellationToken.None);
        await _worklist.DecideAsync(id, CoderA, new DecisionRequest(DecisionRequest.Revise, 1,
            [new CodeChangeRequest(CodeChangeRequest.Remove, CodeSystems.Icd10Cm, "I10", Reason: "listed twice")]), CancellationToken.None);

        var trail = (await _worklist.GetAsync(id, CoderA, CancellationToken.None)).Item!.Trail;

        Assert.Equal(
            [AuditActions.Suggested, AuditActions.Findings, AuditActions.Routed, AuditActions.Held, AuditActions.Locked, AuditActions.CodeRemoved, AuditActions.Revised, AuditActions.Released],
            trail.Select(e => e.Action));
        var removed = trail.Single(e => e.Action == AuditActions.CodeRemoved);
        Assert.Equal((CoderA.KeyId, "listed twice", 2), (removed.Actor, removed.Reason, removed.Version));
        Assert.Contains("DX-DUPLICATE", trail.Single(e => e.Action == AuditActions.Findings).Change, StringComparison.Ordinal);
        Assert.Equal(trail.Select(e => e.At).Order(), trail.Select(e => e.At));
        var agreement = WorklistService.Agreement((await _worklist.GetAsync(id, CoderA, CancellationToken.None)).Item!);
        Assert.Equal(2, agreement.Count(d => d.Decision == CodeDecision.Accepted));
        Assert.Single(agreement, d => d.Decision == CodeDecision.Removed);
    }

    [Fact]
    public async Task A_physician_query_takes_the_item_off_the_list_until_the_provider_answers()
    {
        var id = await HoldAsync("E-query", "I10");
        var hospital = new Caller("hospital", Roles.Hospital, "general-hospital");
        var otherHospital = new Caller("hospital-2", Roles.Hospital, "river-clinic");
        Task<WorklistPage> ListAsync() => new WorklistQuery(null, null, null, null, WorklistQuery.Oldest, 0, 50).RunAsync(_collections.Worklist, CoderA, CancellationToken.None);

        Assert.Equal(StatusCodes.Status400BadRequest, (await _worklist.SendQueryAsync(id, CoderA, new QueryRequest("heart failure acuity", " "), CancellationToken.None)).Status);
        Assert.Equal(StatusCodes.Status409Conflict, (await _worklist.AnswerQueryAsync(id, hospital, new QueryAnswerRequest("acute on chronic"), CancellationToken.None)).Status);
        var sent = await _worklist.SendQueryAsync(id, CoderA, new QueryRequest("heart failure acuity", "Is the heart failure acute, chronic or acute on chronic?", 1), CancellationToken.None);
        Assert.Equal(WorklistStatus.AwaitingProvider, sent.Item!.Status);
        Assert.Empty((await ListAsync()).Items);
        Assert.Equal(StatusCodes.Status409Conflict, (await _worklist.DecideAsync(id, CoderA, new DecisionRequest(DecisionRequest.AcceptAll), CancellationToken.None)).Status);
        Assert.Equal(StatusCodes.Status404NotFound, (await _worklist.AnswerQueryAsync(id, otherHospital, new QueryAnswerRequest("acute"), CancellationToken.None)).Status);

        var answered = await _worklist.AnswerQueryAsync(id, hospital, new QueryAnswerRequest("Acute on chronic systolic heart failure."), CancellationToken.None);

        Assert.Equal(StatusCodes.Status200OK, answered.Status);
        var back = Assert.Single((await ListAsync()).Items);
        Assert.Contains(WorklistService.QueryAnswered, back.Reasons);
        Assert.Equal("Acute on chronic systolic heart failure.", answered.Item!.ProviderQueries![0].Answer);
        Assert.DoesNotContain(answered.Item.Trail, e => $"{e.Change} {e.Reason}".Contains("systolic", StringComparison.Ordinal));
        Assert.Equal([AuditActions.QuerySent, AuditActions.QueryAnswered], answered.Item.Trail.Skip(4).Select(e => e.Action));
        Assert.Equal(StatusCodes.Status200OK, (await _worklist.DecideAsync(id, CoderA, new DecisionRequest(DecisionRequest.AcceptAll, back.Version), CancellationToken.None)).Status);
    }

    [Fact]
    public async Task The_stats_count_the_worklist_the_auto_release_rate_and_coder_agreement_per_code_system()
    {
        await _validation.ValidateAsync(LowConfidence("E-auto", "I10") with { Route = new CodingRoute(true, 0.9, []) }, CancellationToken.None);
        await HoldAsync("E-waiting", "I10");
        _clock.Advance(TimeSpan.FromMinutes(10));
        var id = await HoldAsync("E-changed", "E11.9", "I10");
        _clock.Advance(TimeSpan.FromMinutes(4));
        await _worklist.DecideAsync(id, CoderA, new DecisionRequest(DecisionRequest.Revise,
            Changes: [new CodeChangeRequest(CodeChangeRequest.Change, CodeSystems.Icd10Cm, "E11.9", "E11.65", "hyperglycemia documented")]), CancellationToken.None);

        var stats = await WorklistStats.ReadAsync(_collections.Worklist, _clock.GetUtcNow(), CancellationToken.None);

        Assert.Equal((1L, 1L, 1L), (stats.Held, stats.Released, stats.AutoReleased));
        Assert.Equal(TimeSpan.FromMinutes(14).TotalSeconds, stats.OldestHeldSeconds);
        Assert.Equal(1.0 / 3, stats.AutoReleaseRate!.Value, 6);
        Assert.Equal(TimeSpan.FromMinutes(4).TotalSeconds, stats.MedianSecondsToRelease);
        Assert.Equal(new Dictionary<string, long> { [CodeDecision.Accepted] = 1, [CodeDecision.Changed] = 1 }, stats.Agreement[CodeSystems.Icd10Cm]);
    }

    public ValueTask DisposeAsync() => _harness.DisposeAsync();
}
