using System.Diagnostics.Metrics;
using OpenTelemetry.Metrics;

namespace MedCoder.ClaimAssembly.Delivery;

/// <summary>
/// Delivery's counters (docs/architecture.md#delivery), meter <see cref="MeterName"/>. Tags are payer-neutral outcomes and
/// the delivery mode only: never a payer id, claim id or claim content.
/// <list type="bullet">
/// <item><c>medcoder.delivery.attempts</c> and <c>medcoder.delivery.attempt.duration</c> (ms): each HTTP attempt, tag outcome
/// (delivered, failed, timeout, unreachable, circuit-open);</item>
/// <item><c>medcoder.delivery.claims</c>: what became of a claim, tags outcome (delivered, failed — a round that will be
/// retried, deferred — the circuit was open, dead-letter, redelivered) and mode (webhook, batch, operator);</item>
/// <item><c>medcoder.delivery.circuit.opened</c>: a payer's circuit opened (a process-local total is also served by the stats route).</item>
/// </list>
/// </summary>
public sealed class DeliveryMetrics : IDisposable
{
    public const string MeterName = "MedCoder.Delivery";

    public const string Webhook = "webhook";
    public const string Batch = "batch";
    public const string Operator = "operator";

    public const string Deferred = "deferred";
    public const string DeadLetter = "dead-letter";
    public const string Redelivered = "redelivered";

    private readonly Meter _meter = new(MeterName);
    private readonly Counter<long> _attempts;
    private readonly Histogram<double> _attemptDuration;
    private readonly Counter<long> _claims;
    private readonly Counter<long> _circuitOpened;
    private long _circuitsOpened;

    public DeliveryMetrics()
    {
        _attempts = _meter.CreateCounter<long>("medcoder.delivery.attempts", description: "HTTP delivery attempts by outcome");
        _attemptDuration = _meter.CreateHistogram<double>("medcoder.delivery.attempt.duration", unit: "ms", description: "Duration of an HTTP delivery attempt");
        _claims = _meter.CreateCounter<long>("medcoder.delivery.claims", description: "Claim delivery results by outcome and mode");
        _circuitOpened = _meter.CreateCounter<long>("medcoder.delivery.circuit.opened", description: "Times a payer's circuit breaker opened");
    }

    /// <summary>The meter itself, so a listener (a test) can tell this instance's measurements from another's.</summary>
    public Meter Meter => _meter;

    /// <summary>Circuits opened since this process started (the stats route's figure; the counter is the durable one in OTLP).</summary>
    public long CircuitsOpened => Interlocked.Read(ref _circuitsOpened);

    public void Attempt(string outcome, TimeSpan duration)
    {
        _attempts.Add(1, new KeyValuePair<string, object?>("outcome", outcome));
        _attemptDuration.Record(duration.TotalMilliseconds, new KeyValuePair<string, object?>("outcome", outcome));
    }

    public void Claim(string outcome, string mode) =>
        _claims.Add(1, new KeyValuePair<string, object?>("outcome", outcome), new KeyValuePair<string, object?>("mode", mode));

    public void CircuitOpened()
    {
        Interlocked.Increment(ref _circuitsOpened);
        _circuitOpened.Add(1);
    }

    /// <summary>Registers the meter with the process's OpenTelemetry metrics (exported when OTLP is configured).</summary>
    public static void AddTo(IServiceCollection services)
    {
        services.AddSingleton<DeliveryMetrics>();
        services.ConfigureOpenTelemetryMeterProvider(metrics => metrics.AddMeter(MeterName));
    }

    public void Dispose() => _meter.Dispose();
}
