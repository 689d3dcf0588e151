using System.Collections.Concurrent;
using System.Diagnostics.Tracing;
using System.Net;

namespace MedCoder.Testing.Hosting;

/// <summary>
/// Records every host this process resolves or sends an HTTP request to, from the runtime's own networking
/// events (System.Net.NameResolution, System.Net.Http), so a test can prove no call leaves for a host the
/// operator did not configure.
/// </summary>
public sealed class OutboundCallRecorder : EventListener
{
    private readonly ConcurrentQueue<string> _hosts = new();

    public IReadOnlyCollection<string> Hosts => _hosts.ToArray();

    /// <summary>Hosts other than loopback and the ones allowed.</summary>
    public IReadOnlyList<string> Unexpected(params string[] allowed) =>
        Hosts.Distinct(StringComparer.OrdinalIgnoreCase)
            .Where(host => !IsLoopback(host) && !allowed.Contains(host, StringComparer.OrdinalIgnoreCase))
            .ToList();

    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        if (eventSource.Name is "System.Net.NameResolution" or "System.Net.Http")
        {
            EnableEvents(eventSource, EventLevel.Informational);
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs eventData)
    {
        var host = (eventData.EventSource.Name, eventData.EventName) switch
        {
            ("System.Net.NameResolution", "ResolutionStart") => Payload(eventData, "hostNameOrAddress"),
            ("System.Net.Http", "RequestStart") => Payload(eventData, "host"),
            _ => null,
        };
        if (!string.IsNullOrEmpty(host))
        {
            _hosts.Enqueue(host);
        }
    }

    private static string? Payload(EventWrittenEventArgs eventData, string name)
    {
        var index = eventData.PayloadNames?.IndexOf(name) ?? -1;
        return index >= 0 ? eventData.Payload?[index]?.ToString() : null;
    }

    private static bool IsLoopback(string host) =>
        host.Equals("localhost", StringComparison.OrdinalIgnoreCase)
        || (IPAddress.TryParse(host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address));
}
