using System.Diagnostics;
using System.Net;
using MedCoder.AllInOne.Client;
using MedCoder.ClaimAssembly.Claims;
using MedCoder.SyntheticEncounters;
using MedCoder.Testing.Hosting;
using Xunit.Abstractions;

namespace MedCoder.EndToEnd.Tests;

/// <summary>
/// The whole pipeline over a real RabbitMQ, each service its own OS process behind the real gateway:
/// every accepted encounter becomes exactly one claim, also when CodeSuggestion is killed half way.
/// </summary>
[Collection(nameof(EndToEndCollection))]
public sealed class PipelineOverRabbitMqTests(ITestOutputHelper output)
{
    private const int Encounters = 200;
    private const string HospitalKey = "demo-hospital-key";
    private const string OpsKey = "demo-ops-key";

    [SkippableFact]
    public async Task Two_hundred_encounters_become_exactly_two_hundred_claims()
    {
        var (broker, unavailable) = await Broker.StartAsync();
        Skip.If(broker is null, unavailable);
        await using (broker)
        {
            await using var pipeline = new DistributedPipeline(broker!.Url);
            await pipeline.StartAsync();

            var stopwatch = Stopwatch.StartNew();
            await SubmitAsync(pipeline.Api, seed: 11, 0, Encounters);
            var claims = await WaitForClaimsAsync(pipeline, Encounters);
            Report("no failures", stopwatch.Elapsed, claims);
            await ReportStagesAsync(pipeline, claims);

            AssertOneClaimPerEncounter(claims, Encounters);
        }
    }

    [SkippableFact]
    public async Task Killing_code_suggestion_half_way_loses_and_doubles_nothing()
    {
        var (broker, unavailable) = await Broker.StartAsync();
        Skip.If(broker is null, unavailable);
        await using (broker)
        {
            await using var pipeline = new DistributedPipeline(broker!.Url);
            await pipeline.StartAsync();

            var stopwatch = Stopwatch.StartNew();
            await SubmitAsync(pipeline.Api, seed: 23, 0, Encounters / 2);
            await pipeline.KillAndRestartAsync("MedCoder.CodeSuggestion");
            await SubmitAsync(pipeline.Api, seed: 23, Encounters / 2, Encounters);
            var claims = await WaitForClaimsAsync(pipeline, Encounters);
            Report("CodeSuggestion killed (SIGKILL) and restarted after 100 submissions", stopwatch.Elapsed, claims);

            AssertOneClaimPerEncounter(claims, Encounters);
        }
    }

    private static async Task SubmitAsync(MedCoderApiClient api, int seed, int from, int to)
    {
        var factory = new SyntheticEncounterFactory(seed);
        await Parallel.ForAsync(from, to, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, cancellationToken) =>
        {
            var result = await api.SubmitAsync(factory.Create(i).Submission, HospitalKey, cancellationToken: cancellationToken);
            Assert.Equal(HttpStatusCode.Accepted, result.Status);
        });
    }

    private static async Task<IReadOnlyList<Claim>> WaitForClaimsAsync(DistributedPipeline pipeline, int expected)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(4);
        IReadOnlyList<Claim> claims = [];
        var reviewer = new AutoReviewer(pipeline.Api, AutoReviewer.DemoCoderKey); // accepts what the worklist holds
        while (DateTime.UtcNow < deadline)
        {
            await reviewer.ReviewOnceAsync(CancellationToken.None);
            claims = await pipeline.Api.ListClaimsAsync(OpsKey);
            if (claims.Count >= expected)
            {
                // Give late duplicates (if the pipeline made any) a moment to show up before counting.
                await Task.Delay(TimeSpan.FromSeconds(2));
                return await pipeline.Api.ListClaimsAsync(OpsKey);
            }

            await Task.Delay(500);
        }

        Assert.Fail($"only {claims.Count} of {expected} claims after 4 minutes\n{pipeline.Diagnostics()}");
        return claims;
    }

    private static void AssertOneClaimPerEncounter(IReadOnlyList<Claim> claims, int expected)
    {
        Assert.Equal(expected, claims.Count);
        Assert.Equal(expected, claims.Select(c => c.Id).Distinct().Count());
        Assert.Equal(expected, claims.Select(c => (c.Key, c.Revision)).Distinct().Count());
    }

    /// <summary>Median time from intake to the end of each stage, from Intake's status records (where the time goes).</summary>
    private async Task ReportStagesAsync(DistributedPipeline pipeline, IReadOnlyList<Claim> claims)
    {
        var statuses = new List<Intake.Tracking.EncounterStatusView>();
        foreach (var claim in claims)
        {
            if (await pipeline.Api.GetEncounterAsync(claim.Key.ResourceId(claim.Revision), OpsKey) is { } status)
            {
                statuses.Add(status);
            }
        }

        static double Median(IEnumerable<double> values)
        {
            var sorted = values.Order().ToList();
            return sorted.Count == 0 ? double.NaN : sorted[sorted.Count / 2];
        }

        output.WriteLine($"stages (median ms after intake): coded {Median(statuses.Where(s => s.CodedAt is not null).Select(s => (s.CodedAt!.Value - s.ReceivedAt).TotalMilliseconds)):F0}, " +
            $"validated {Median(statuses.Where(s => s.ValidatedAt is not null).Select(s => (s.ValidatedAt!.Value - s.ReceivedAt).TotalMilliseconds)):F0}, " +
            $"claim {Median(statuses.Where(s => s.ClaimAssembledAt is not null).Select(s => (s.ClaimAssembledAt!.Value - s.ReceivedAt).TotalMilliseconds)):F0}");
    }

    private void Report(string scenario, TimeSpan elapsed, IReadOnlyList<Claim> claims)
    {
        var latencies = claims.Select(c => (c.AssembledAt - c.ReceivedAt).TotalMilliseconds).Order().ToList();
        output.WriteLine($"{scenario}: {Encounters} encounters, {claims.Count} claims, {claims.Count - claims.Select(c => c.Id).Distinct().Count()} duplicates, " +
            $"{elapsed.TotalSeconds:F1} s total, time to claim median {latencies[latencies.Count / 2]:F0} ms, p99 {latencies[(int)(latencies.Count * 0.99)]:F0} ms");
    }
}

[CollectionDefinition(nameof(EndToEndCollection), DisableParallelization = true)]
public sealed class EndToEndCollection;
