using MedCoder.ComplianceEdit.Tests.Support;
using MedCoder.ComplianceEdit.Validation;
using MedCoder.ComplianceEdit.Worklist;
using MedCoder.Contracts;
using MedCoder.Contracts.Claims;
using MedCoder.Contracts.Coding;
using MedCoder.Contracts.Compliance;
using MedCoder.Contracts.Intake;
using MedCoder.ServiceDefaults.Messaging;
using MedCoder.ServiceDefaults.Security;
using MedCoder.Storage;
using MedCoder.Testing;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Time.Testing;

namespace MedCoder.ComplianceEdit.Tests;

/// <summary>
/// What the worklist does with what cannot simply be released (docs/architecture.md#worklist-and-audit): edit errors held for
/// a coder, a return to the provider, earlier revisions superseded, a withdrawn encounter, and claims ClaimAssembly hands back.
/// </summary>
public sealed class WorklistReturnTests : IAsyncDisposable
{
    private static readonly Caller Coder = new("coder-a", Roles.Coder, Caller.AllOrganizations);

    private readonly WorklistHarness _harness = new();
    private readonly WorklistMetrics _worklistMetrics;
    private readonly FakeTimeProvider _clock;
    private readonly ComplianceEditCollections _collections;
    private readonly ValidationService _validation;
    private readonly WorklistService _worklist;
    private readonly WorklistClosure _closure;

    public WorklistReturnTests()
    {
        (_worklistMetrics, _clock, _collections, _validation, _worklist, _closure) =
            (_harness.WorklistMetrics, _harness.Clock, _harness.Collections, _harness.Validation, _harness.Worklist, _harness.Closure);
    }

    private static CodesSuggested Suggested(string encounterId, int revision, bool autoRelease, params string[] codes)
    {
        var encounter = new EncounterBuilder().WithEncounterId(encounterId).Build();
        return new CodesSuggested(encounter.Key, revision, Guid.NewGuid(), encounter,
            codes.Select(c => new SuggestedCode(CodeSystems.Icd10Cm, c, "d", 0.95, [new EvidenceSpan(0, 0, 4)], "test")).ToList(),
            "ICD-10-CM FY2026", DateTimeOffset.UtcNow, Route: new CodingRoute(autoRelease, 0.9, autoRelease ? [] : [CodingRoute.LowConfidence]));
    }

    private async Task<string> ArriveAsync(CodesSuggested suggested)
    {
        await _validation.ValidateAsync(suggested, CancellationToken.None);
        return suggested.Key.ResourceId(suggested.Revision);
    }

    private async Task<WorklistItem> ItemAsync(string id) => (await _collections.Worklist.GetAsync(id))!.Body;

    private async Task<List<PendingMessage>> OutboxAsync() =>
        [.. await _collections.Worklist.PendingOutboxAsync(100), .. await _collections.Validations.PendingOutboxAsync(100)];

    private static ClaimReturned Returned(CodesSuggested suggested, string kind, DateTimeOffset at, params string[] details) =>
        new(suggested.Key, suggested.Revision, suggested.CorrelationId, "clm-x", kind, details, at);

    [Fact]
    public async Task An_edit_error_holds_the_encounter_and_a_coder_who_fixes_the_code_releases_it()
    {
        var id = await ArriveAsync(Suggested("E-error", 1, autoRelease: true, "E11")); // E11 is a header, not a billable code

        var item = await ItemAsync(id);
        Assert.Equal(WorklistStatus.Held, item.Status);
        Assert.Equal([HoldPolicy.EditError], item.Reasons);
        Assert.DoesNotContain(await OutboxAsync(), p => p.Message.MessageType == typeof(EncounterFailed).FullName);
        var blocked = await _worklist.DecideAsync(id, Coder, new DecisionRequest(DecisionRequest.AcceptAll, item.Version), CancellationToken.None);
        Assert.Equal(StatusCodes.Status422UnprocessableEntity, blocked.Status);

        var fixedCode = await _worklist.DecideAsync(id, Coder, new DecisionRequest(DecisionRequest.Revise, item.Version,
            [new CodeChangeRequest(CodeChangeRequest.Change, CodeSystems.Icd10Cm, "E11", "E11.9", "the note names no complication")]), CancellationToken.None);

        Assert.Equal(StatusCodes.Status200OK, fixedCode.Status);
        var validated = Assert.Single((await OutboxAsync()).Select(p => OutboxMessages.Deserialize(p.Message)).OfType<CodingValidated>());
        Assert.Equal("E119", Assert.Single(validated.Codes).Code);
        Assert.Equal(2, validated.CodingVersion);
    }

    [Fact]
    public async Task A_return_to_the_provider_needs_a_reason_makes_no_claim_and_tells_intake_without_the_coders_text()
    {
        var id = await ArriveAsync(Suggested("E-return", 1, autoRelease: true, "E11"));

        Assert.Equal(StatusCodes.Status400BadRequest, (await _worklist.DecideAsync(id, Coder, new DecisionRequest(DecisionRequest.Return, 1), CancellationToken.None)).Status);
        var returned = await _worklist.DecideAsync(id, Coder, new DecisionRequest(DecisionRequest.Return, 1, Reason: "Patient DOE: chart says type 1, ask Dr. Rivera"), CancellationToken.None);

        Assert.Equal(WorklistStatus.Returned, returned.Item!.Status);
        var published = (await OutboxAsync()).Select(p => OutboxMessages.Deserialize(p.Message)).ToList();
        Assert.Empty(published.OfType<CodingValidated>());
        var failed = Assert.Single(published.OfType<EncounterFailed>());
        Assert.Contains("DX-NOT-BILLABLE", failed.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain("DOE", failed.Reason, StringComparison.Ordinal);
        Assert.Contains(returned.Item.Trail, e => e is { Action: AuditActions.ReturnedToProvider, Actor: "coder-a" } && e.Reason!.Contains("type 1", StringComparison.Ordinal));
        Assert.Equal(StatusCodes.Status409Conflict, (await _worklist.DecideAsync(id, Coder, new DecisionRequest(DecisionRequest.AcceptAll), CancellationToken.None)).Status);
    }

    [Fact]
    public async Task A_later_revision_supersedes_the_held_earlier_one_which_then_takes_no_decision()
    {
        var first = await ArriveAsync(Suggested("E-revised", 1, autoRelease: false, "I10"));
        var second = await ArriveAsync(Suggested("E-revised", 2, autoRelease: false, "I10"));

        Assert.Equal(WorklistStatus.Superseded, (await ItemAsync(first)).Status);
        Assert.Equal(WorklistStatus.Held, (await ItemAsync(second)).Status);
        Assert.Equal(StatusCodes.Status409Conflict, (await _worklist.DecideAsync(first, Coder, new DecisionRequest(DecisionRequest.AcceptAll), CancellationToken.None)).Status);
        var listed = await new WorklistQuery(null, null, null, null, WorklistQuery.Oldest, 0, 50).RunAsync(_collections.Worklist, Coder, CancellationToken.None);
        Assert.Equal([second], listed.Items.Select(i => i.Id));
    }

    [Fact]
    public async Task A_withdrawn_encounter_leaves_the_list_and_a_released_one_is_left_to_claim_assembly()
    {
        var held = Suggested("E-withdrawn", 1, autoRelease: false, "I10");
        var heldId = await ArriveAsync(held);
        var released = await ArriveAsync(Suggested("E-released", 1, autoRelease: true, "I10"));

        await _closure.CloseAsync(held.Key, 1, WorklistStatus.Withdrawn, _clock.GetUtcNow(), CancellationToken.None);
        await _closure.CloseAsync(held.Key, 1, WorklistStatus.Withdrawn, _clock.GetUtcNow(), CancellationToken.None); // redelivery

        var item = await ItemAsync(heldId);
        Assert.Equal(WorklistStatus.Withdrawn, item.Status);
        Assert.Single(item.Trail, e => e.Action == WorklistStatus.Withdrawn);
        Assert.Equal(WorklistStatus.AutoReleased, (await ItemAsync(released)).Status);
    }

    [Fact]
    public async Task A_claim_the_payer_rejected_comes_back_and_the_coders_correction_is_a_new_coding_version_with_its_own_message()
    {
        var suggested = Suggested("E-rejected", 1, autoRelease: true, "I10");
        var id = await ArriveAsync(suggested);
        var firstRelease = Assert.Single(await OutboxAsync()).Message.MessageId;
        var at = _clock.GetUtcNow();

        await _worklist.ReopenAsync(Returned(suggested, ClaimReturnKinds.PayerRejected, at, "A7:21 invalid diagnosis pointer"), CancellationToken.None);
        await _worklist.ReopenAsync(Returned(suggested, ClaimReturnKinds.PayerRejected, at, "A7:21 invalid diagnosis pointer"), CancellationToken.None); // redelivery

        var item = await ItemAsync(id);
        Assert.Equal((WorklistStatus.Held, 2, 1), (item.Status, item.Version, item.ClaimReturns));
        Assert.Equal([ClaimReturnKinds.PayerRejected], item.Reasons);
        Assert.Equal(["A7:21 invalid diagnosis pointer"], item.ClaimProblems);
        Assert.Single(item.Trail, e => e.Action == AuditActions.ClaimReturned);

        var decided = await _worklist.DecideAsync(id, Coder, new DecisionRequest(DecisionRequest.Revise, 2,
            [new CodeChangeRequest(CodeChangeRequest.Add, CodeSystems.Icd10Cm, "E11.9", Reason: "diabetes documented in the assessment")]), CancellationToken.None);

        Assert.Equal(StatusCodes.Status200OK, decided.Status);
        var resubmitted = Assert.Single(await _collections.Worklist.PendingOutboxAsync(100), p => p.Message.MessageId != firstRelease);
        Assert.Equal(DeterministicId.MessageId(suggested.Key, 1, $"{Contracts.Stages.Validated}-1"), resubmitted.Message.MessageId);
        var validated = Assert.IsType<CodingValidated>(OutboxMessages.Deserialize(resubmitted.Message));
        Assert.Equal(3, validated.CodingVersion);
        Assert.Equal(["I10", "E119"], validated.Codes.Select(c => c.Code));
    }

    [Fact]
    public async Task A_claim_lacking_837_fields_can_only_be_returned_to_the_provider()
    {
        var suggested = Suggested("E-incomplete", 1, autoRelease: true, "I10");
        var id = await ArriveAsync(suggested);
        await _worklist.ReopenAsync(Returned(suggested, ClaimReturnKinds.Incomplete, _clock.GetUtcNow(), "billingProvider", "subscriber"), CancellationToken.None);

        var accepted = await _worklist.DecideAsync(id, Coder, new DecisionRequest(DecisionRequest.AcceptAll, 2), CancellationToken.None);
        Assert.Equal(StatusCodes.Status422UnprocessableEntity, accepted.Status);
        Assert.Contains("billingProvider", accepted.Detail, StringComparison.Ordinal);

        var returned = await _worklist.DecideAsync(id, Coder, new DecisionRequest(DecisionRequest.Return, 2, Reason: "send the billing provider and subscriber"), CancellationToken.None);
        Assert.Equal(WorklistStatus.Returned, returned.Item!.Status);
    }

    [Fact]
    public async Task A_return_for_an_item_never_released_changes_nothing()
    {
        var suggested = Suggested("E-held-return", 1, autoRelease: false, "I10");
        var id = await ArriveAsync(suggested);

        await _worklist.ReopenAsync(Returned(suggested, ClaimReturnKinds.PayerRejected, _clock.GetUtcNow(), "A7"), CancellationToken.None);

        var item = await ItemAsync(id);
        Assert.Equal((1, 0), (item.Version, item.ClaimReturns));
        Assert.Equal([CodingRoute.LowConfidence], item.Reasons);
    }

    [Fact]
    public async Task The_backlog_gauges_read_the_worklist_size_by_status_and_the_oldest_held_age()
    {
        using var listener = new System.Diagnostics.Metrics.MeterListener();
        var sizes = new Dictionary<string, long>();
        double? oldestAge = null;
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == WorklistMetrics.MeterName)
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
        {
            if (instrument.Name == "medcoder.worklist.size")
            {
                sizes[(string)tags[0].Value!] = value;
            }
        });
        listener.SetMeasurementEventCallback<double>((instrument, value, _, _) =>
        {
            if (instrument.Name == "medcoder.worklist.oldest_age")
            {
                oldestAge = value;
            }
        });
        listener.Start();
        await ArriveAsync(Suggested("E-old", 1, autoRelease: false, "I10"));
        _clock.Advance(TimeSpan.FromMinutes(10));
        await ArriveAsync(Suggested("E-new", 1, autoRelease: false, "I10"));
        _clock.Advance(TimeSpan.FromMinutes(5));

        await new WorklistBacklogRefresher(_collections, _worklistMetrics, _clock, Microsoft.Extensions.Logging.Abstractions.NullLogger<WorklistBacklogRefresher>.Instance).ReadAsync(CancellationToken.None);
        listener.RecordObservableInstruments();

        Assert.Equal(2, sizes[WorklistStatus.Held]);
        Assert.Equal(0, sizes[WorklistStatus.AwaitingProvider]);
        Assert.Equal(15 * 60, oldestAge);
    }

    public ValueTask DisposeAsync() => _harness.DisposeAsync();
}
