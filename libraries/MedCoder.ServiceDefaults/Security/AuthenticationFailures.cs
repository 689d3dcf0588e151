using System.Diagnostics.Metrics;
using Microsoft.Extensions.Logging;

namespace MedCoder.ServiceDefaults.Security;

/// <summary>
/// Counts requests answered 401 (metric medcoder.security.authentication_failures on meter MedCoder.Security) and
/// logs them at a bounded rate: at most one warning per interval per process, carrying the count since the last
/// one, so a flood of bad keys cannot fill the disk. The key itself is never recorded.
/// </summary>
public sealed class AuthenticationFailures : IDisposable
{
    public const string MeterName = "MedCoder.Security";
    public static readonly TimeSpan LogInterval = TimeSpan.FromSeconds(10);

    private readonly Meter _meter = new(MeterName);
    private readonly Counter<long> _failures;
    private readonly ILogger<AuthenticationFailures> _logger;
    private readonly TimeProvider _clock;
    private long _unlogged;
    private long _lastLogTicks;

    public AuthenticationFailures(ILogger<AuthenticationFailures> logger, TimeProvider clock)
    {
        _logger = logger;
        _clock = clock;
        _failures = _meter.CreateCounter<long>("medcoder.security.authentication_failures", description: "Requests answered 401, by reason (missing-key, unknown-key)");
    }

    public void Record(string reason)
    {
        _failures.Add(1, new KeyValuePair<string, object?>("reason", reason));
        Interlocked.Increment(ref _unlogged);
        var now = _clock.GetUtcNow().UtcTicks;
        var last = Interlocked.Read(ref _lastLogTicks);
        // Only the caller that moves the window logs; the rest just counted.
        if (now - last >= LogInterval.Ticks && Interlocked.CompareExchange(ref _lastLogTicks, now, last) == last)
        {
            var count = Interlocked.Exchange(ref _unlogged, 0);
            _logger.LogWarning("{Count} request(s) failed API-key authentication since the last report (latest reason: {Reason})", count, reason);
        }
    }

    public void Dispose() => _meter.Dispose();
}
