using System.Diagnostics;
using System.Net.Sockets;
using System.Text;
using Microsoft.Extensions.Logging;

namespace MedCoder.Gateway.Tests.Edge;

/// <summary>
/// Issue 13, finding 1: bodies past the size limit answer 413 and bodies that trickle answer 408, both as
/// problem details and logged as warnings, directly and through the gateway (never 500 or 502).
/// </summary>
public sealed class BodyLimitTests(EdgeHosts hosts) : IClassFixture<EdgeHosts>
{
    private const long MiB = 1024 * 1024;

    private static readonly Dictionary<string, string> SubmitHeaders = new()
    {
        ["X-Api-Key"] = RequestBodies.HospitalKey,
        ["Content-Type"] = "application/json",
    };

    // 5 MiB is just past the 4 MiB default limit. Sent from a bare socket: an HttpClient sending a 5 MB note could see the
    // server's early 413 as a broken pipe (it stops at its own write error), which made the test flaky under load.
    [Theory]
    [InlineData(EdgeTarget.Embedded, 5, false)]
    [InlineData(EdgeTarget.Gateway, 5, false)]
    [InlineData(EdgeTarget.Embedded, 10, false)]
    [InlineData(EdgeTarget.Embedded, 10, true)]
    [InlineData(EdgeTarget.Embedded, 100, false)]
    [InlineData(EdgeTarget.Embedded, 100, true)]
    [InlineData(EdgeTarget.Gateway, 10, false)]
    [InlineData(EdgeTarget.Gateway, 10, true)]
    [InlineData(EdgeTarget.Gateway, 100, false)]
    [InlineData(EdgeTarget.Gateway, 100, true)]
    public async Task Oversized_bodies_with_or_without_content_length_answer_413_problem(EdgeTarget target, int mebibytes, bool chunked)
    {
        // A bare socket: HttpClient stops at its own write error once the server refuses the rest of the body.
        var response = await RawHttp.PostAsync(hosts.Url(target), "/api/encounters", SubmitHeaders, mebibytes * MiB, chunked, TimeSpan.FromSeconds(30));

        Assert.StartsWith("HTTP/1.1 413", response);
        Assert.Contains("Content-Type: application/problem+json", response, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("\"status\":413", response);
    }

    [Theory]
    [InlineData(EdgeTarget.Embedded)]
    [InlineData(EdgeTarget.Gateway)]
    public async Task Twenty_clients_trickling_a_body_each_answer_408_problem_within_seconds(EdgeTarget target)
    {
        var clock = Stopwatch.StartNew();
        var statuses = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => TrickleAsync(hosts.Url(target), TimeSpan.FromSeconds(20))));

        Assert.All(statuses, status => Assert.StartsWith("HTTP/1.1 408", status));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(15), $"took {clock.Elapsed}");
    }

    [Fact]
    public async Task Limits_are_logged_as_warnings_without_errors_or_stack_traces()
    {
        await RawHttp.PostAsync(hosts.Url(EdgeTarget.Embedded), "/api/encounters", SubmitHeaders, 10 * MiB, chunked: true, TimeSpan.FromSeconds(30));
        await TrickleAsync(hosts.Url(EdgeTarget.Embedded), TimeSpan.FromSeconds(20));
        await RawHttp.PostAsync(hosts.Url(EdgeTarget.Gateway), "/api/encounters", SubmitHeaders, 10 * MiB, chunked: true, TimeSpan.FromSeconds(30));

        await Task.Delay(500);
        var logs = hosts.Embedded.Logs.Entries;
        Assert.DoesNotContain(logs, entry => entry.Level >= LogLevel.Error);
        Assert.DoesNotContain(logs, entry => entry.Exception is not null);
        Assert.Contains(logs, entry => entry.Level == LogLevel.Warning && entry.Message.Contains("413", StringComparison.Ordinal));
        Assert.Contains(logs, entry => entry.Level == LogLevel.Warning && entry.Message.Contains("408", StringComparison.Ordinal));
        var gatewayLog = hosts.Gateway.Output;
        Assert.DoesNotContain("\"LogLevel\":\"Error\"", gatewayLog, StringComparison.Ordinal);
        Assert.DoesNotContain("\"LogLevel\":\"Critical\"", gatewayLog, StringComparison.Ordinal);
        Assert.DoesNotContain("\"Exception\":", gatewayLog, StringComparison.Ordinal); // no stack traces
        Assert.Contains("answered 413", gatewayLog, StringComparison.Ordinal);
    }

    /// <summary>Sends the headers of a 1,000-byte submission, then one body byte every half second; returns the status line.</summary>
    private static async Task<string> TrickleAsync(Uri url, TimeSpan timeout)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(url.Host, url.Port);
        var stream = client.GetStream();
        var head = $"POST /api/encounters HTTP/1.1\r\nHost: {url.Authority}\r\nX-Api-Key: {RequestBodies.HospitalKey}\r\n" +
                   "Content-Type: application/json\r\nContent-Length: 1000\r\n\r\n{";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head));

        using var deadline = new CancellationTokenSource(timeout);
        var buffer = new byte[4096];
        var read = stream.ReadAsync(buffer, deadline.Token).AsTask();
        while (!read.IsCompleted)
        {
            try
            {
                await stream.WriteAsync(" "u8.ToArray(), deadline.Token);
            }
            catch (IOException)
            {
                break; // the server closed its side after answering
            }

            await Task.WhenAny(read, Task.Delay(500, deadline.Token));
        }

        var count = await read;
        var text = Encoding.ASCII.GetString(buffer, 0, count);
        return text.Split("\r\n")[0];
    }
}
