using System.Diagnostics;
using MedCoder.Contracts.Encounters;
using MedCoder.Intake.Submissions;
using MedCoder.Storage;
using MedCoder.Testing;

namespace MedCoder.Intake.Tests;

/// <summary>Issue 13, finding 10: an older revision sent after a newer one is refused, on a real SQLite store.</summary>
public sealed class RevisionOrderTests : IntakeOnSqlite
{
    private Encounter Revision(int revision, string encounterId = "E-1", string text = "ASSESSMENT: Essential (primary) hypertension.")
    {
        var submission = new EncounterBuilder().WithEncounterId(encounterId).WithRevision(revision).WithNote(text).BuildSubmission();
        return Validator.Validate(submission).Encounter!;
    }

    private Task<SubmissionOutcome> SubmitAsync(Encounter encounter) => Intake.SubmitAsync(encounter, null, CancellationToken.None);

    [Fact]
    public async Task An_older_revision_after_a_newer_one_is_refused_naming_the_latest()
    {
        Assert.Equal(SubmissionResult.Accepted, (await SubmitAsync(Revision(3))).Result);

        var older = await SubmitAsync(Revision(2));

        Assert.Equal(SubmissionResult.Conflict, older.Result);
        Assert.Equal(3, older.LatestRevision);
        Assert.Contains("revision 2 is older than the latest accepted revision 3", older.ConflictReason, StringComparison.Ordinal);
        Assert.Null(await Collections.Encounters.GetAsync(Revision(2).Key.ResourceId(2)));
        Assert.Single(await Collections.Encounters.PendingOutboxAsync(10));
    }

    [Fact]
    public async Task A_newer_revision_is_still_accepted_after_a_refused_older_one()
    {
        await SubmitAsync(Revision(3));
        await SubmitAsync(Revision(2));

        Assert.Equal(SubmissionResult.Accepted, (await SubmitAsync(Revision(4))).Result);
    }

    [Fact]
    public async Task The_same_older_revision_again_stays_a_replay_or_a_content_conflict()
    {
        await SubmitAsync(Revision(2));
        await SubmitAsync(Revision(3));

        var replay = await SubmitAsync(Revision(2));
        var changed = await SubmitAsync(Revision(2, text: "ASSESSMENT: Acute appendicitis."));

        Assert.Equal(SubmissionResult.Replayed, replay.Result);
        Assert.Equal(SubmissionResult.Conflict, changed.Result);
        Assert.Null(changed.LatestRevision); // the same-revision conflict, not the older-revision one
    }

    [Fact]
    public async Task Revisions_of_other_encounters_do_not_interfere()
    {
        await SubmitAsync(Revision(3, "E-1"));

        Assert.Equal(SubmissionResult.Accepted, (await SubmitAsync(Revision(2, "E-2"))).Result);
    }

    [Fact]
    public async Task A_retry_after_a_crash_between_head_and_record_is_accepted()
    {
        // The head moved to 2 and the process died before the revision record was written.
        var encounter = Revision(2);
        await Collections.EncounterHeads.InsertIfAbsentAsync(new DocumentWrite<EncounterHead>(RevisionGate.HeadId(encounter.Key), new EncounterHead(2), encounter.Key.Organization));

        var retry = await SubmitAsync(encounter);

        Assert.Equal(SubmissionResult.Accepted, retry.Result);
        Assert.Single(await Collections.Encounters.PendingOutboxAsync(10));
    }

    [Fact]
    public async Task Concurrent_revisions_never_admit_an_older_one_after_a_newer_one_was_accepted()
    {
        var clock = Stopwatch.StartNew();
        for (var round = 0; round < 20; round++)
        {
            var id = $"E-race-{round}";
            var order = Enumerable.Range(1, 6).OrderBy(_ => Random.Shared.Next()).ToArray();
            // On the thread pool with small random delays: some submissions overlap, some follow others.
            var results = await Task.WhenAll(order.Select(revision => Task.Run(async () =>
            {
                await Task.Delay(Random.Shared.Next(4));
                var started = clock.Elapsed;
                var outcome = await SubmitAsync(Revision(revision, id));
                return (revision, outcome, started, finished: clock.Elapsed);
            })));

            var accepted = results.Where(r => r.outcome.Result == SubmissionResult.Accepted).ToList();
            Assert.Contains(accepted, r => r.revision == 6); // nothing is newer than 6
            foreach (var older in accepted)
            {
                // An accepted revision started before any newer revision's acceptance had completed.
                Assert.DoesNotContain(accepted, newer => newer.revision > older.revision && newer.finished < older.started);
            }

            foreach (var refused in results.Where(r => r.outcome.Result != SubmissionResult.Accepted))
            {
                Assert.Equal(SubmissionResult.Conflict, refused.outcome.Result);
                Assert.True(refused.outcome.LatestRevision > refused.revision);
                Assert.Null(await Collections.Encounters.GetAsync(Revision(refused.revision, id).Key.ResourceId(refused.revision)));
            }

            var head = await Collections.EncounterHeads.GetAsync(RevisionGate.HeadId(Revision(1, id).Key));
            Assert.Equal(6, head!.Body.LatestRevision);
        }
    }
}
