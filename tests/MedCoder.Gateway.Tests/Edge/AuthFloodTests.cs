using System.Net;
using MedCoder.Testing.Hosting;
using Microsoft.Extensions.Logging;

namespace MedCoder.Gateway.Tests.Edge;

/// <summary>
/// Issue 13, finding 2: a fresh invalid key on every request does not dodge the rate limit (unknown keys share
/// their address's small bucket), and the 401s are counted and logged at a bounded rate, not per request.
/// </summary>
public sealed class AuthFloodTests
{
    private const int Requests = 300;
    private const int AnonymousPerMinute = 30;

    private static readonly Dictionary<string, string> Settings = new() { ["MEDCODER_RATE_LIMIT_ANONYMOUS"] = AnonymousPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture) };

    [Fact]
    public async Task Embedded_host_limits_a_key_spraying_client_and_logs_a_handful_of_lines()
    {
        await using var server = await EmbeddedServer.StartAsync(Settings.ToDictionary(s => s.Key, s => (string?)s.Value));

        var statuses = await SprayAsync(server.Http);

        AssertMostlyLimited(statuses);
        Assert.Equal(HttpStatusCode.OK, await KnownKeyStatusAsync(server.Http));
        using (var probe = await server.Http.GetAsync("/health/live"))
        {
            Assert.Equal(HttpStatusCode.OK, probe.StatusCode); // probes are never starved by the flood
        }

        var authLines = server.Logs.Entries.Where(e => e.Level >= LogLevel.Information && Mentions(e.Category + " " + e.Message)).ToList();
        Assert.InRange(authLines.Count, 1, 3);
        Assert.DoesNotContain(server.Logs.Entries, e => e.Message.Contains("spray-", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Gateway_process_limits_a_key_spraying_client_and_logs_a_handful_of_lines()
    {
        await using var server = await EmbeddedServer.StartAsync();
        await using var gateway = await GatewayInFront.StartAsync(server.Url, new Dictionary<string, string>(Settings) { ["Logging__LogLevel__Default"] = "Information" });
        using var http = new HttpClient { BaseAddress = gateway.Url, Timeout = TimeSpan.FromSeconds(30) };

        var statuses = await SprayAsync(http);

        AssertMostlyLimited(statuses);
        Assert.Equal(HttpStatusCode.OK, await KnownKeyStatusAsync(http));
        await Task.Delay(500); // the console logger writes on its own thread
        var authLines = gateway.Output.Split('\n').Where(Mentions).ToList();
        Assert.InRange(authLines.Count, 1, 3);
        Assert.DoesNotContain("spray-", gateway.Output, StringComparison.Ordinal);
    }

    /// <summary>One client, a new invalid key per request.</summary>
    private static async Task<List<HttpStatusCode>> SprayAsync(HttpClient http)
    {
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < Requests; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/api/claims");
            request.Headers.Add("X-Api-Key", $"spray-{Guid.NewGuid():N}");
            using var response = await http.SendAsync(request);
            statuses.Add(response.StatusCode);
        }

        return statuses;
    }

    private static void AssertMostlyLimited(List<HttpStatusCode> statuses)
    {
        var limited = statuses.Count(s => s == HttpStatusCode.TooManyRequests);
        var unauthorized = statuses.Count(s => s == HttpStatusCode.Unauthorized);
        Assert.True(limited >= Requests - AnonymousPerMinute - 20, $"{limited} x 429, {unauthorized} x 401");
        Assert.Equal(Requests, limited + unauthorized);
    }

    /// <summary>A known key has its own bucket: the flood from the same address does not starve it.</summary>
    private static async Task<HttpStatusCode> KnownKeyStatusAsync(HttpClient http)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/claims");
        request.Headers.Add("X-Api-Key", "demo-payer-key");
        using var response = await http.SendAsync(request);
        return response.StatusCode;
    }

    private static bool Mentions(string line) =>
        line.Contains("authenticat", StringComparison.OrdinalIgnoreCase) || line.Contains("challenged", StringComparison.OrdinalIgnoreCase);
}
