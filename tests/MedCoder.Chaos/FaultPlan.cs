using System.Diagnostics;
using MedCoder.Testing.Hosting;

namespace MedCoder.Chaos;

/// <summary>
/// The faults of a run, in order, each at a share of the submission time: every service and the gateway
/// killed (SIGKILL) and restarted, the broker stopped and started, CodeSuggestion frozen (SIGSTOP), and one
/// graceful stop (SIGTERM) that must exit cleanly within its bound.
/// </summary>
public sealed class FaultPlan
{
    private static readonly TimeSpan GracefulBound = TimeSpan.FromSeconds(30);
    private readonly List<Fault> _faults = [];
    private readonly List<string> _outcomes = [];

    public FaultPlan(DistributedPipeline pipeline, ChaosOptions options, bool brokerRestartable)
    {
        // The broker first, while the load is surely still running and the outboxes hold messages in flight.
        _faults.Add(brokerRestartable
            ? new Fault(0.08, $"broker stopped {options.BrokerDown.TotalSeconds:0} s", () => RestartBrokerAsync(pipeline, options.BrokerDown))
            : new Fault(0.08, "broker restart", () => Task.FromResult("skipped: rabbitmqctl cannot reach the broker on this machine")));
        var at = 0.25;
        foreach (var service in pipeline.Services.Append(pipeline.Gateway))
        {
            _faults.Add(new Fault(at, $"SIGKILL {service.Project}", () => KillAndRestartAsync(pipeline, service)));
            at += 0.1;
        }

        if (options.Pause > TimeSpan.Zero)
        {
            var codeSuggestion = pipeline.Service("MedCoder.CodeSuggestion");
            _faults.Add(new Fault(at, $"SIGSTOP MedCoder.CodeSuggestion {options.Pause.TotalSeconds:0} s", () => PauseAsync(codeSuggestion, options.Pause)));
        }

        var complianceEdit = pipeline.Service("MedCoder.ComplianceEdit");
        _faults.Add(new Fault(at + 0.1, "SIGTERM MedCoder.ComplianceEdit", () => TerminateAndRestartAsync(pipeline, complianceEdit)));
    }

    public IReadOnlyList<string> Outcomes => _outcomes;

    /// <summary>True when every graceful stop exited 0 within its bound.</summary>
    public bool GracefulStopsClean { get; private set; } = true;

    public async Task RunAsync(TimeSpan submissionTime, Stopwatch clock, CancellationToken cancellationToken)
    {
        foreach (var fault in _faults)
        {
            var due = submissionTime * fault.At - clock.Elapsed;
            if (due > TimeSpan.Zero)
            {
                await Task.Delay(due, cancellationToken);
            }

            var started = clock.Elapsed;
            var outcome = await fault.Inject();
            var line = $"{started.TotalSeconds,6:F1} s  {fault.Name}: {outcome} ({(clock.Elapsed - started).TotalSeconds:F1} s)";
            _outcomes.Add(line);
            Console.WriteLine($"  fault {line}");
        }
    }

    private static async Task<string> KillAndRestartAsync(DistributedPipeline pipeline, ServiceProcess process)
    {
        await process.KillAsync();
        process.Start();
        await pipeline.WaitUntilReadyAsync(process);
        return "restarted, ready";
    }

    private static async Task<string> RestartBrokerAsync(DistributedPipeline pipeline, TimeSpan down)
    {
        await Broker.RestartAsync(down);
        foreach (var service in pipeline.Services)
        {
            await pipeline.WaitUntilReadyAsync(service);
        }

        return "back, every service ready";
    }

    private static async Task<string> PauseAsync(ServiceProcess process, TimeSpan pause)
    {
        await process.PauseAsync();
        await Task.Delay(pause);
        await process.ResumeAsync();
        return "resumed";
    }

    private async Task<string> TerminateAndRestartAsync(DistributedPipeline pipeline, ServiceProcess process)
    {
        var stopwatch = Stopwatch.StartNew();
        var exitCode = await process.TerminateAsync(GracefulBound);
        var took = stopwatch.Elapsed;
        GracefulStopsClean &= exitCode == 0;
        process.Start();
        await pipeline.WaitUntilReadyAsync(process);
        return exitCode is null
            ? $"did NOT exit within {GracefulBound.TotalSeconds:0} s (killed); restarted"
            : $"exited {exitCode} after {took.TotalSeconds:F1} s; restarted";
    }
}
