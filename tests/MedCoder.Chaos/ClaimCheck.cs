using System.Diagnostics;
using MedCoder.AllInOne.Client;
using MedCoder.ClaimAssembly.Claims;
using MedCoder.Testing.Hosting;

namespace MedCoder.Chaos;

public sealed record ClaimVerdict(int Accepted, int Claims, int Missing, int Duplicates, int Unrequested, long Failed, TimeSpan? TimeToDrain, string Readiness);

/// <summary>Waits, through the public API only, until every accepted encounter has a claim (or the time is up), then counts.</summary>
public sealed class ClaimCheck(DistributedPipeline pipeline, string opsKey)
{
    public async Task<ClaimVerdict> WaitAsync(IReadOnlyCollection<Submission> submissions, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var accepted = submissions.Where(s => s.Accepted).Select(s => s.ResourceId).ToHashSet(StringComparer.Ordinal);
        var clock = Stopwatch.StartNew();
        TimeSpan? drained = null;
        var lastReport = TimeSpan.Zero;
        while (clock.Elapsed < timeout)
        {
            var covered = CountCovered(await ClaimsAsync(cancellationToken), accepted);
            if (covered == accepted.Count)
            {
                drained = clock.Elapsed;
                break;
            }

            if (clock.Elapsed - lastReport > TimeSpan.FromSeconds(15))
            {
                lastReport = clock.Elapsed;
                Console.WriteLine($"  {covered}/{accepted.Count} accepted encounters have a claim after {clock.Elapsed.TotalSeconds:F0} s");
            }

            await Task.Delay(TimeSpan.FromSeconds(2), cancellationToken);
        }

        // Late duplicates, if the pipeline made any, get a moment to show up before the final count.
        await Task.Delay(TimeSpan.FromSeconds(5), cancellationToken);
        var claims = await ClaimsAsync(cancellationToken);
        var byEncounter = claims.GroupBy(c => c.Key.ResourceId(c.Revision), StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        return new ClaimVerdict(
            accepted.Count,
            claims.Count,
            accepted.Count(id => !byEncounter.ContainsKey(id)),
            byEncounter.Values.Sum(n => n - 1),
            byEncounter.Keys.Count(id => !accepted.Contains(id)),
            await pipeline.Api.CountFailedAsync(opsKey, cancellationToken),
            drained,
            await ReadinessAsync(cancellationToken));
    }

    private async Task<IReadOnlyList<Claim>> ClaimsAsync(CancellationToken cancellationToken) =>
        await pipeline.Api.ListClaimsAsync(opsKey, cancellationToken: cancellationToken);

    private static int CountCovered(IReadOnlyList<Claim> claims, HashSet<string> accepted) =>
        claims.Select(c => c.Key.ResourceId(c.Revision)).Where(accepted.Contains).Distinct(StringComparer.Ordinal).Count();

    private async Task<string> ReadinessAsync(CancellationToken cancellationToken)
    {
        using var http = new HttpClient { BaseAddress = pipeline.Gateway.Url, Timeout = TimeSpan.FromSeconds(10) };
        using var response = await http.GetAsync("/health/ready", cancellationToken);
        return $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync(cancellationToken)}";
    }
}
