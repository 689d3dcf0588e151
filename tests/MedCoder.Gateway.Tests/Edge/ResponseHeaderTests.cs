using System.Text.RegularExpressions;

namespace MedCoder.Gateway.Tests.Edge;

/// <summary>Issue 13, finding 3: security headers on API responses, the docs page and errors, directly and through the gateway.</summary>
public sealed partial class ResponseHeaderTests(EdgeHosts hosts) : IClassFixture<EdgeHosts>
{
    [Theory]
    [InlineData(EdgeTarget.Embedded, "/api/claims", "demo-payer-key")]
    [InlineData(EdgeTarget.Gateway, "/api/claims", "demo-payer-key")]
    [InlineData(EdgeTarget.Embedded, "/api/claims", "")]
    [InlineData(EdgeTarget.Gateway, "/api/claims", "")]
    [InlineData(EdgeTarget.Embedded, "/openapi/v1.json", "")]
    [InlineData(EdgeTarget.Gateway, "/health/ready", "")]
    public async Task Api_responses_are_not_cached_sniffed_framed_or_labelled_with_the_server(EdgeTarget target, string path, string key)
    {
        using var http = hosts.Client(target);
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (key.Length > 0)
        {
            request.Headers.Add("X-Api-Key", key);
        }

        using var response = await http.SendAsync(request);

        Assert.True(response.Headers.CacheControl?.NoStore, $"Cache-Control: {response.Headers.CacheControl}");
        AssertCommonHeaders(response);
        Assert.Equal("default-src 'none'; frame-ancestors 'none'", Single(response, "Content-Security-Policy"));
        Assert.False(response.Headers.Contains("Strict-Transport-Security"), "HSTS on a plain-http request");
    }

    [Theory]
    [InlineData(EdgeTarget.Embedded)]
    [InlineData(EdgeTarget.Gateway)]
    public async Task Docs_page_has_a_strict_policy_with_its_script_nonce_and_no_external_origin(EdgeTarget target)
    {
        using var http = hosts.Client(target);
        using var response = await http.GetAsync("/docs/");
        var html = await response.Content.ReadAsStringAsync();

        response.EnsureSuccessStatusCode();
        AssertCommonHeaders(response);
        var policy = Single(response, "Content-Security-Policy");
        var nonce = NoncePattern().Match(policy).Groups[1].Value;
        Assert.NotEmpty(nonce);
        Assert.Contains($"nonce=\"{nonce}\"", html, StringComparison.Ordinal);
        Assert.Contains("default-src 'none'", policy, StringComparison.Ordinal);
        Assert.Contains("connect-src 'self'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("http", policy, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("https://", html, StringComparison.OrdinalIgnoreCase); // no CDN, fonts or proxy
        Assert.Contains("\"withDefaultFonts\":false", html, StringComparison.Ordinal);

        using var script = await http.GetAsync("/docs/scalar.js");
        script.EnsureSuccessStatusCode();
        AssertCommonHeaders(script);
    }

    [Theory]
    [InlineData(EdgeTarget.Embedded)]
    [InlineData(EdgeTarget.Gateway)]
    public async Task Hsts_is_sent_only_for_https_as_reported_by_a_trusted_proxy(EdgeTarget target)
    {
        using var http = hosts.Client(target);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/health/live");
        request.Headers.Host = "medcoder.example.org"; // HSTS is never sent to localhost names
        request.Headers.Add("X-Forwarded-Proto", "https");

        using var response = await http.SendAsync(request);

        Assert.StartsWith("max-age=", Single(response, "Strict-Transport-Security"), StringComparison.Ordinal);
    }

    private static void AssertCommonHeaders(HttpResponseMessage response)
    {
        Assert.Equal("nosniff", Single(response, "X-Content-Type-Options"));
        Assert.Equal("DENY", Single(response, "X-Frame-Options"));
        Assert.Equal("no-referrer", Single(response, "Referrer-Policy"));
        Assert.False(response.Headers.Contains("Server"), $"Server: {string.Join(", ", response.Headers.Server)}");
    }

    private static string Single(HttpResponseMessage response, string header) =>
        response.Headers.TryGetValues(header, out var values) || response.Content.Headers.TryGetValues(header, out values)
            ? Assert.Single(values)
            : throw new Xunit.Sdk.XunitException($"no {header} header");

    [GeneratedRegex("'nonce-([^']+)'")]
    private static partial Regex NoncePattern();
}
