using MedCoder.Contracts;
using MedCoder.Intake.Submissions;
using MedCoder.Storage;
using Microsoft.Data.Sqlite;

namespace MedCoder.Intake.Tests;

/// <summary>Idempotency of submissions on a real SQLite store.</summary>
public sealed class EncounterIntakeTests : IAsyncLifetime
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"intake-{Guid.NewGuid():N}.db");
    private readonly EncounterValidator _validator = new(TimeProvider.System);
    private SqliteDocumentStore _store = null!;
    private IntakeCollections _collections = null!;
    private EncounterIntake _intake = null!;

    public Task InitializeAsync()
    {
        _store = new SqliteDocumentStore(_file);
        _collections = new IntakeCollections(_store, new OutboxSignal());
        _intake = new EncounterIntake(_collections, TimeProvider.System);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _store.DisposeAsync();
        SqliteConnection.ClearAllPools();
        File.Delete(_file);
    }

    private Contracts.Encounters.Encounter Encounter(Action<EncounterSubmission>? change = null)
    {
        var submission = SampleSubmissions.Valid();
        change?.Invoke(submission);
        return _validator.Validate(submission).Encounter!;
    }

    [Fact]
    public async Task First_submission_is_stored_with_one_outbox_message()
    {
        var outcome = await _intake.SubmitAsync(Encounter(), null, CancellationToken.None);

        Assert.Equal(SubmissionResult.Accepted, outcome.Result);
        Assert.Equal(Stages.Received, outcome.Record!.Stage);
        var pending = Assert.Single(await _collections.Encounters.PendingOutboxAsync(10));
        Assert.Equal("MedCoder.Contracts.Intake.EncounterReceived", pending.Message.MessageType);
        Assert.Equal(DeterministicId.MessageId(outcome.Record.Encounter.Key, 1, Stages.Received), pending.Message.MessageId);
    }

    [Fact]
    public async Task Same_key_and_revision_replays_the_first_result_without_a_second_message()
    {
        var first = await _intake.SubmitAsync(Encounter(), null, CancellationToken.None);
        var second = await _intake.SubmitAsync(Encounter(), null, CancellationToken.None);

        Assert.Equal(SubmissionResult.Replayed, second.Result);
        Assert.Equal((first.Record!.Id, first.Record.ContentHash, first.Record.ReceivedAt), (second.Record!.Id, second.Record.ContentHash, second.Record.ReceivedAt));
        Assert.Single(await _collections.Encounters.PendingOutboxAsync(10));
    }

    [Fact]
    public async Task Same_key_and_revision_with_different_content_is_a_conflict()
    {
        await _intake.SubmitAsync(Encounter(), null, CancellationToken.None);
        var changed = await _intake.SubmitAsync(Encounter(s => s.Notes![0].Text = "ASSESSMENT: Acute appendicitis."), null, CancellationToken.None);

        Assert.Equal(SubmissionResult.Conflict, changed.Result);
    }

    [Fact]
    public async Task A_higher_revision_is_a_new_submission()
    {
        await _intake.SubmitAsync(Encounter(), null, CancellationToken.None);
        var corrected = await _intake.SubmitAsync(Encounter(s => s.Revision = 2), null, CancellationToken.None);

        Assert.Equal(SubmissionResult.Accepted, corrected.Result);
        Assert.Equal(2, (await _collections.Encounters.PendingOutboxAsync(10)).Count);
    }

    [Fact]
    public async Task Idempotency_key_replays_and_refuses_reuse_for_another_body()
    {
        var first = await _intake.SubmitAsync(Encounter(), "key-1", CancellationToken.None);
        var replay = await _intake.SubmitAsync(Encounter(), "key-1", CancellationToken.None);
        var reuse = await _intake.SubmitAsync(Encounter(s => s.EncounterId = "E-2"), "key-1", CancellationToken.None);

        Assert.Equal(SubmissionResult.Accepted, first.Result);
        Assert.Equal(SubmissionResult.Replayed, replay.Result);
        Assert.Equal(SubmissionResult.Conflict, reuse.Result);
        Assert.Null(await _collections.Encounters.GetAsync(Encounter(s => s.EncounterId = "E-2").Key.ResourceId(1)));
    }

    [Fact]
    public async Task Concurrent_duplicates_store_one_record_and_one_message()
    {
        var encounter = Encounter();
        var outcomes = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => _intake.SubmitAsync(encounter, null, CancellationToken.None)));

        Assert.Single(outcomes, o => o.Result == SubmissionResult.Accepted);
        Assert.Equal(15, outcomes.Count(o => o.Result == SubmissionResult.Replayed));
        Assert.Single(await _collections.Encounters.PendingOutboxAsync(10));
    }
}
