using System.Text.Json;
using MedCoder.Contracts;
using MedCoder.Contracts.Encounters;
using MedCoder.Contracts.Intake;
using MedCoder.Intake.Submissions;
using MedCoder.Intake.Tracking;
using MedCoder.Intake.Withdrawals;
using MedCoder.Storage;
using MedCoder.Testing;

namespace MedCoder.Intake.Tests;

/// <summary>Withdrawing an encounter (docs/architecture.md#corrections) on a real SQLite store: status, outbox message, idempotency, resubmission.</summary>
public sealed class WithdrawalTests : IntakeOnSqlite
{
    private static bool Anyone(string organization) => true;

    private EncounterWithdrawal Withdrawal => new(Collections, TimeProvider.System);

    private Encounter Revision(int revision, string encounterId = "E-WD") =>
        Validator.Validate(new EncounterBuilder().WithEncounterId(encounterId).WithRevision(revision).WithNote("ASSESSMENT: Essential (primary) hypertension.").BuildSubmission()).Encounter!;

    private async Task<EncounterRecord> SubmitAsync(Encounter encounter) => (await Intake.SubmitAsync(encounter, null, CancellationToken.None)).Record!;

    private async Task<IReadOnlyList<EncounterWithdrawn>> WithdrawnMessagesAsync() =>
        [.. (await Collections.Encounters.PendingOutboxAsync(100))
            .Where(m => m.Message.MessageType == typeof(EncounterWithdrawn).FullName)
            .Select(m => JsonSerializer.Deserialize<EncounterWithdrawn>(m.Message.Payload, StoreJson.Options)!)];

    [Fact]
    public async Task Withdrawing_marks_the_revision_withdrawn_and_queues_EncounterWithdrawn_in_the_same_write()
    {
        var record = await SubmitAsync(Revision(1));

        var outcome = await Withdrawal.WithdrawAsync(record.Id, Anyone, CancellationToken.None);

        Assert.Equal(WithdrawalResult.Withdrawn, outcome.Result);
        var stored = (await Collections.Encounters.GetAsync(record.Id))!;
        Assert.Equal((Stages.Withdrawn, Stages.Withdrawn), (stored.Body.Stage, stored.Status));
        Assert.NotNull(EncounterStatusView.From(stored.Body).WithdrawnAt);
        var message = Assert.Single(await WithdrawnMessagesAsync());
        Assert.Equal((record.Encounter.Key, 1, record.CorrelationId), (message.Key, message.Revision, message.CorrelationId));
        var pending = (await Collections.Encounters.PendingOutboxAsync(100)).Single(m => m.Message.MessageType == typeof(EncounterWithdrawn).FullName);
        Assert.Equal(DeterministicId.MessageId(record.Encounter.Key, 1, Stages.Withdrawn), pending.Message.MessageId);
    }

    [Fact]
    public async Task Withdrawing_again_answers_the_same_status_and_queues_nothing_more()
    {
        var record = await SubmitAsync(Revision(1));
        var first = await Withdrawal.WithdrawAsync(record.Id, Anyone, CancellationToken.None);

        var second = await Withdrawal.WithdrawAsync(record.Id, Anyone, CancellationToken.None);

        Assert.Equal(WithdrawalResult.AlreadyWithdrawn, second.Result);
        Assert.Equal((first.Record!.Stage, first.Record.WithdrawnAt), (second.Record!.Stage, second.Record.WithdrawnAt));
        Assert.Single(await WithdrawnMessagesAsync());
    }

    [Fact]
    public async Task An_unknown_encounter_or_another_organizations_is_not_found()
    {
        var record = await SubmitAsync(Revision(1));

        Assert.Equal(WithdrawalResult.NotFound, (await Withdrawal.WithdrawAsync("no-such-encounter", Anyone, CancellationToken.None)).Result);
        Assert.Equal(WithdrawalResult.NotFound, (await Withdrawal.WithdrawAsync(record.Id, _ => false, CancellationToken.None)).Result);
        Assert.Empty(await WithdrawnMessagesAsync());
    }

    [Fact]
    public async Task Only_the_latest_revision_can_be_withdrawn()
    {
        var first = await SubmitAsync(Revision(1));
        var second = await SubmitAsync(Revision(2));

        var outcome = await Withdrawal.WithdrawAsync(first.Id, Anyone, CancellationToken.None);

        Assert.Equal((WithdrawalResult.NotLatest, second.Id), (outcome.Result, outcome.LatestRevisionId));
        Assert.Equal(Stages.Received, (await Collections.Encounters.GetAsync(first.Id))!.Body.Stage);
        Assert.Empty(await WithdrawnMessagesAsync());
    }

    [Fact]
    public async Task A_higher_revision_after_a_withdrawal_is_accepted_as_a_resubmission_and_the_same_one_replays_withdrawn()
    {
        var first = await SubmitAsync(Revision(1));
        await Withdrawal.WithdrawAsync(first.Id, Anyone, CancellationToken.None);

        var replay = await Intake.SubmitAsync(Revision(1), null, CancellationToken.None);
        var resubmitted = await Intake.SubmitAsync(Revision(2), null, CancellationToken.None);

        Assert.Equal((SubmissionResult.Replayed, Stages.Withdrawn), (replay.Result, replay.Record!.Stage));
        Assert.Equal((SubmissionResult.Accepted, Stages.Received), (resubmitted.Result, resubmitted.Record!.Stage));
    }

    [Fact]
    public void A_withdrawn_revision_stays_withdrawn_whatever_arrives_after()
    {
        var record = new EncounterRecord("id", new EncounterBuilder().Build(), Guid.NewGuid(), "hash", DateTimeOffset.UnixEpoch, Stages.Received);
        var withdrawn = StageTracker.Withdraw(record, DateTimeOffset.UnixEpoch.AddHours(1));

        var later = StageTracker.Apply(withdrawn, new StageReport(Stages.ClaimAssembled, DateTimeOffset.UnixEpoch.AddHours(2), ClaimId: "clm-1"));

        Assert.Equal(Stages.Withdrawn, later.Stage);
        Assert.Equal("clm-1", later.ClaimId);
    }

    [Theory]
    [InlineData("MB", true)]
    [InlineData("MC", true)]
    [InlineData("CI", true)]
    [InlineData("mb", false)]
    [InlineData("XX", false)]
    public void The_claim_filing_indicator_is_checked_against_the_guides_codes(string indicator, bool valid)
    {
        var submission = new EncounterBuilder().BuildSubmission();
        submission.Coverage!.ClaimFilingIndicator = indicator;

        var result = Validator.Validate(submission);

        Assert.Equal(valid, result.IsValid);
        if (valid)
        {
            Assert.Equal(indicator, result.Encounter!.Coverage.ClaimFilingIndicator);
        }
        else
        {
            Assert.Contains("coverage.claimFilingIndicator", result.Errors.Keys);
        }
    }
}
