using System.Diagnostics;
using MedCoder.AllInOne.Client;
using MedCoder.SyntheticEncounters;
using MedCoder.Testing.Hosting;

namespace MedCoder.Chaos;

/// <summary>
/// Starts the pipeline as five processes on a real broker, submits encounters at a fixed rate while faults
/// are injected one after another, waits for the claims and checks that every accepted encounter has
/// exactly one. Exit code 0 only when nothing is missing, doubled or failed.
/// </summary>
public sealed class ChaosRun(ChaosOptions options)
{
    private const string HospitalKey = "demo-hospital-key";
    private const string OpsKey = "demo-ops-key";

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var (broker, unavailable) = await Broker.StartAsync();
        if (broker is null)
        {
            Console.Error.WriteLine($"chaos: {unavailable}");
            return 2;
        }

        await using (broker)
        {
            // A short stall bound, so the run also sees readiness turn Degraded while the broker is away.
            // The processes inherit this one's environment (e.g. MEDCODER_OUTBOX_PUBLISH_TIMEOUT_SECONDS) plus these.
            await using var pipeline = new DistributedPipeline(broker.Url, new Dictionary<string, string> { ["MEDCODER_OUTBOX_STALL_SECONDS"] = "20" });
            Console.WriteLine($"chaos: starting 4 services and the gateway on {broker.Url.Host} ({options.Count} encounters at {options.Rate}/s)");
            await pipeline.StartAsync();

            var submitter = new Submitter(pipeline.Api, new SyntheticEncounterFactory(seed: 4242), HospitalKey);
            var faults = new FaultPlan(pipeline, options, await Broker.CanRestartAsync());
            // A coder who accepts every suggestion plays the worklist through the gateway all along, so every accepted
            // encounter still ends as one claim (docs/architecture.md#worklist-and-audit).
            using var reviewing = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            var reviewer = new AutoReviewer(pipeline.Api, AutoReviewer.DemoCoderKey);
            var review = reviewer.RunAsync(TimeSpan.FromMilliseconds(500), reviewing.Token);
            var clock = Stopwatch.StartNew();
            var submitting = submitter.RunAsync(options.Count, options.Rate, cancellationToken);
            var injecting = faults.RunAsync(TimeSpan.FromSeconds(options.Count / options.Rate), clock, cancellationToken);
            await Task.WhenAll(submitting, injecting);
            var loadEnded = clock.Elapsed;
            Console.WriteLine($"chaos: submissions and faults done at {loadEnded.TotalSeconds:F0} s; waiting for claims");

            var verdict = await new ClaimCheck(pipeline, OpsKey).WaitAsync(submitter.Done, options.DrainTimeout, cancellationToken);
            await reviewing.CancelAsync();
            await review;
            Console.WriteLine($"chaos: {reviewer.Released} encounters went through the coder worklist (released by the auto-reviewer)");
            var report = new ChaosReport(options, submitter.Done, faults.Outcomes, verdict, loadEnded, faults.GracefulStopsClean);
            report.Print();
            if (!report.Passed)
            {
                Console.WriteLine(pipeline.Diagnostics());
            }

            return report.Passed ? 0 : 1;
        }
    }
}
