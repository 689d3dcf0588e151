using MedCoder.Contracts;
using MedCoder.Contracts.Encounters;
using MedCoder.Intake.Submissions;
using MedCoder.Storage;
using MedCoder.Testing;

namespace MedCoder.Intake.Tests;

/// <summary>Idempotency of submissions on a real SQLite store.</summary>
public sealed class EncounterIntakeTests : IntakeOnSqlite
{
    private Contracts.Encounters.Encounter Encounter(Action<EncounterSubmission>? change = null)
    {
        var submission = new EncounterBuilder().BuildSubmission();
        change?.Invoke(submission);
        return Validator.Validate(submission).Encounter!;
    }

    [Fact]
    public async Task First_submission_is_stored_with_one_outbox_message()
    {
        var outcome = await Intake.SubmitAsync(Encounter(), null, CancellationToken.None);

        Assert.Equal(SubmissionResult.Accepted, outcome.Result);
        Assert.Equal(Stages.Received, outcome.Record!.Stage);
        var pending = Assert.Single(await Collections.Encounters.PendingOutboxAsync(10));
        Assert.Equal("MedCoder.Contracts.Intake.EncounterReceived", pending.Message.MessageType);
        Assert.Equal(DeterministicId.MessageId(outcome.Record.Encounter.Key, 1, Stages.Received), pending.Message.MessageId);
    }

    [Fact]
    public async Task Same_key_and_revision_replays_the_first_result_without_a_second_message()
    {
        var first = await Intake.SubmitAsync(Encounter(), null, CancellationToken.None);
        var second = await Intake.SubmitAsync(Encounter(), null, CancellationToken.None);

        Assert.Equal(SubmissionResult.Replayed, second.Result);
        Assert.Equal((first.Record!.Id, first.Record.ContentHash, first.Record.ReceivedAt), (second.Record!.Id, second.Record.ContentHash, second.Record.ReceivedAt));
        Assert.Single(await Collections.Encounters.PendingOutboxAsync(10));
    }

    [Fact]
    public async Task Same_key_and_revision_with_different_content_is_a_conflict()
    {
        await Intake.SubmitAsync(Encounter(), null, CancellationToken.None);
        var changed = await Intake.SubmitAsync(Encounter(s => s.Notes![0].Text = "ASSESSMENT: Acute appendicitis."), null, CancellationToken.None);

        Assert.Equal(SubmissionResult.Conflict, changed.Result);
    }

    [Fact]
    public async Task A_higher_revision_is_a_new_submission()
    {
        await Intake.SubmitAsync(Encounter(), null, CancellationToken.None);
        var corrected = await Intake.SubmitAsync(Encounter(s => s.Revision = 2), null, CancellationToken.None);

        Assert.Equal(SubmissionResult.Accepted, corrected.Result);
        Assert.Equal(2, (await Collections.Encounters.PendingOutboxAsync(10)).Count);
    }

    [Fact]
    public async Task Idempotency_key_replays_and_refuses_reuse_for_another_body()
    {
        var first = await Intake.SubmitAsync(Encounter(), "key-1", CancellationToken.None);
        var replay = await Intake.SubmitAsync(Encounter(), "key-1", CancellationToken.None);
        var reuse = await Intake.SubmitAsync(Encounter(s => s.EncounterId = "E-2"), "key-1", CancellationToken.None);

        Assert.Equal(SubmissionResult.Accepted, first.Result);
        Assert.Equal(SubmissionResult.Replayed, replay.Result);
        Assert.Equal(SubmissionResult.Conflict, reuse.Result);
        Assert.Null(await Collections.Encounters.GetAsync(Encounter(s => s.EncounterId = "E-2").Key.ResourceId(1)));
    }

    [Fact]
    public async Task Concurrent_duplicates_store_one_record_and_one_message()
    {
        var encounter = Encounter();
        var outcomes = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => Intake.SubmitAsync(encounter, null, CancellationToken.None)));

        Assert.Single(outcomes, o => o.Result == SubmissionResult.Accepted);
        Assert.Equal(15, outcomes.Count(o => o.Result == SubmissionResult.Replayed));
        Assert.Single(await Collections.Encounters.PendingOutboxAsync(10));
    }
}
