using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using MedCoder.AllInOne.Client;
using MedCoder.Contracts;
using MedCoder.SyntheticEncounters;

namespace MedCoder.Chaos;

/// <summary>One encounter as the hospital's feed saw it: accepted or not, after how many tries, and how long the accepting call took.</summary>
public sealed record Submission(int Index, string ResourceId, bool Accepted, int Attempts, double LatencyMs, HttpStatusCode? LastStatus);

/// <summary>
/// Submits encounters at a fixed rate as a hospital feed would: a refused or failed call (5xx, 429, no answer)
/// is retried with the same body, which intake answers idempotently.
/// </summary>
public sealed class Submitter(MedCoderApiClient api, SyntheticEncounterFactory factory, string apiKey)
{
    private const int MaxAttempts = 30;
    private readonly ConcurrentBag<Submission> _done = [];

    public IReadOnlyCollection<Submission> Done => _done;

    public async Task RunAsync(int count, double perSecond, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var inFlight = new List<Task>(count);
        for (var i = 0; i < count; i++)
        {
            var due = TimeSpan.FromSeconds(i / perSecond) - clock.Elapsed;
            if (due > TimeSpan.Zero)
            {
                await Task.Delay(due, cancellationToken);
            }

            inFlight.Add(SubmitAsync(i, cancellationToken));
            if (i % 500 == 499)
            {
                Console.WriteLine($"  submitted {i + 1}/{count} ({_done.Count(s => s.Accepted)} accepted so far)");
            }
        }

        await Task.WhenAll(inFlight);
    }

    private async Task SubmitAsync(int index, CancellationToken cancellationToken)
    {
        var encounter = factory.Create(index).Submission;
        var resourceId = new EncounterKey(encounter.Organization!, encounter.SourceSystem!, encounter.EncounterId!).ResourceId(encounter.Revision ?? 1);
        HttpStatusCode? last = null;
        for (var attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            var started = Stopwatch.GetTimestamp();
            try
            {
                var result = await api.SubmitAsync(encounter, apiKey, cancellationToken: cancellationToken);
                last = result.Status;
                if (result.Status == HttpStatusCode.Accepted)
                {
                    _done.Add(new Submission(index, result.Encounter?.Id ?? resourceId, true, attempt, Stopwatch.GetElapsedTime(started).TotalMilliseconds, last));
                    return;
                }

                if ((int)result.Status is >= 400 and < 500 and not 408 and not 429)
                {
                    break; // the feed's own error: retrying the same body cannot help
                }
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
            {
                last = null; // the gateway or intake was down, or the call timed out
            }

            await Task.Delay(TimeSpan.FromMilliseconds(Math.Min(5000, 250 * attempt)), cancellationToken);
        }

        _done.Add(new Submission(index, resourceId, false, MaxAttempts, double.NaN, last));
    }
}
