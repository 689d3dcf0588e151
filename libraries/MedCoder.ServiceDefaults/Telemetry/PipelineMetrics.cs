using System.Diagnostics.Metrics;

namespace MedCoder.ServiceDefaults.Telemetry;

/// <summary>MedCoder's own counters: work done per stage and its latency. Tags carry stage names only, never PHI.</summary>
public sealed class PipelineMetrics : IDisposable
{
    public const string MeterName = "MedCoder.Pipeline";

    private readonly Meter _meter = new(MeterName);
    private readonly Counter<long> _processed;
    private readonly Histogram<double> _stageLatency;

    public PipelineMetrics()
    {
        _processed = _meter.CreateCounter<long>("medcoder.pipeline.processed", description: "Encounter revisions processed per stage and outcome");
        _stageLatency = _meter.CreateHistogram<double>("medcoder.pipeline.latency", unit: "ms", description: "Time from intake to the end of a stage");
    }

    public void Processed(string stage, string outcome, TimeSpan sinceIntake)
    {
        _processed.Add(1, new KeyValuePair<string, object?>("stage", stage), new KeyValuePair<string, object?>("outcome", outcome));
        _stageLatency.Record(sinceIntake.TotalMilliseconds, new KeyValuePair<string, object?>("stage", stage));
    }

    public void Dispose() => _meter.Dispose();
}
