using MedCoder.ServiceDefaults.Security;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace MedCoder.ServiceDefaults.Tests;

public sealed class AuthenticationFailuresTests
{
    [Fact]
    public void A_flood_is_logged_once_per_interval_with_the_count_since_the_last_report()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.Parse("2026-03-02T09:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        var logger = new CollectingLogger();
        using var failures = new AuthenticationFailures(logger, clock);

        for (var i = 0; i < 1000; i++)
        {
            failures.Record("unknown-key");
        }

        clock.Advance(AuthenticationFailures.LogInterval);
        failures.Record("missing-key");

        Assert.Equal(2, logger.Lines.Count);
        Assert.Contains("1 request(s)", logger.Lines[0], StringComparison.Ordinal);
        Assert.Contains("1000 request(s)", logger.Lines[1], StringComparison.Ordinal); // 999 held back + this one
    }

    private sealed class CollectingLogger : ILogger<AuthenticationFailures>
    {
        public List<string> Lines { get; } = [];

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Lines.Add(formatter(state, exception));
    }
}
