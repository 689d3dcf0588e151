using System.Net;
using MedCoder.AllInOne.Client;
using MedCoder.Contracts;
using MedCoder.SyntheticEncounters;
using MedCoder.Testing.Hosting;

namespace MedCoder.EndToEnd.Tests;

/// <summary>
/// The demo's edit trips through the whole pipeline over a real RabbitMQ and the gateway: each is caught by the edit
/// it is built to trip; a blocking finding holds the encounter and the reviewer, unable to release it, returns it to
/// the provider (failed, no claim); the others end as claims with their finding; the generated encounters beside them
/// all become claims; GET /api/edits/stats counts what fired.
/// </summary>
[Collection(nameof(EndToEndCollection))]
public sealed class EditTripsOverRabbitMqTests
{
    private const int Generated = 10;
    private const string HospitalKey = "demo-hospital-key";
    private const string OpsKey = "demo-ops-key";

    [SkippableFact]
    public async Task Each_trip_is_caught_by_its_edit_and_only_blocking_ones_stop()
    {
        var (broker, unavailable) = await Broker.StartAsync();
        Skip.If(broker is null, unavailable);
        await using (broker)
        {
            await using var pipeline = new DistributedPipeline(broker!.Url);
            await pipeline.StartAsync();
            var factory = new SyntheticEncounterFactory(31);
            var trips = EditTrips.Create(factory, 31);
            var submissions = Enumerable.Range(0, Generated).Select(i => factory.Create(i).Submission).Concat(trips.Select(t => t.Submission)).ToList();
            foreach (var submission in submissions)
            {
                Assert.Equal(HttpStatusCode.Accepted, (await pipeline.Api.SubmitAsync(submission, HospitalKey)).Status);
            }

            var expectedClaims = Generated + trips.Count(t => !t.Blocks);
            var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(4);
            var reviewer = new AutoReviewer(pipeline.Api, AutoReviewer.DemoCoderKey); // warnings are held and accepted; errors held and returned
            while (DateTime.UtcNow < deadline && ((await pipeline.Api.ListClaimsAsync(OpsKey)).Count < expectedClaims || await pipeline.Api.CountFailedAsync(OpsKey) < trips.Count(t => t.Blocks)))
            {
                await reviewer.ReviewOnceAsync(CancellationToken.None);
                await Task.Delay(500);
            }

            var claimed = (await pipeline.Api.ListClaimsAsync(OpsKey)).Select(c => c.Key.EncounterId).ToHashSet(StringComparer.Ordinal);
            Assert.Equal(expectedClaims, claimed.Count);
            foreach (var trip in trips)
            {
                var key = new EncounterKey(trip.Submission.Organization!, trip.Submission.SourceSystem!, trip.Submission.EncounterId!);
                var edits = await pipeline.Api.GetEditsAsync(key, 1, OpsKey);
                Assert.NotNull(edits);
                Assert.Contains(edits!.Findings, f => f.EditId == trip.ExpectedEditId);
                Assert.Equal(!trip.Blocks, claimed.Contains(key.EncounterId));
            }

            var stats = await pipeline.Api.EditStatsAsync(OpsKey);
            Assert.Equal(submissions.Count, stats.Validations);
            Assert.All(trips, t => Assert.Contains(stats.Edits, e => e.EditId == t.ExpectedEditId));
        }
    }
}
