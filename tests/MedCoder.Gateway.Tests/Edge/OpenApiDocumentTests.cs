using System.Text.Json;
using MedCoder.Testing.Hosting;

namespace MedCoder.Gateway.Tests.Edge;

/// <summary>
/// Issue 13, finding 4: the OpenAPI document names servers from configuration only (never the request's Host),
/// declares the X-Api-Key scheme, requires it on every non-anonymous operation and lists the edge's problem responses.
/// </summary>
public sealed class OpenApiDocumentTests(EdgeHosts hosts) : IClassFixture<EdgeHosts>
{
    private static readonly string[] ProblemsOnEveryApiOperation = ["401", "403", "404", "413", "429"];

    [Fact]
    public async Task Servers_come_from_the_public_url_setting_not_the_host_header()
    {
        var text = await FetchAsync(hosts.Embedded.Url, "evil.example");

        Assert.DoesNotContain("evil.example", text, StringComparison.OrdinalIgnoreCase);
        using var document = JsonDocument.Parse(text);
        var server = Assert.Single(document.RootElement.GetProperty("servers").EnumerateArray());
        Assert.Equal(EdgeHosts.PublicUrl, server.GetProperty("url").GetString());
    }

    [Fact]
    public async Task Without_a_public_url_no_server_is_named()
    {
        await using var server = await EmbeddedServer.StartAsync();

        var text = await FetchAsync(server.Url, "evil.example");

        Assert.DoesNotContain("evil.example", text, StringComparison.OrdinalIgnoreCase);
        using var document = JsonDocument.Parse(text);
        Assert.True(!document.RootElement.TryGetProperty("servers", out var servers) || servers.GetArrayLength() == 0, servers.ToString());
    }

    [Fact]
    public async Task Every_api_operation_requires_the_api_key_and_declares_the_problem_responses()
    {
        using var document = JsonDocument.Parse(await FetchAsync(hosts.Embedded.Url, host: null));
        var root = document.RootElement;

        var scheme = root.GetProperty("components").GetProperty("securitySchemes").GetProperty("ApiKey");
        Assert.Equal("apiKey", scheme.GetProperty("type").GetString());
        Assert.Equal("header", scheme.GetProperty("in").GetString());
        Assert.Equal("X-Api-Key", scheme.GetProperty("name").GetString());

        var checkedOperations = 0;
        foreach (var path in root.GetProperty("paths").EnumerateObject())
        {
            foreach (var operation in path.Value.EnumerateObject().Where(o => o.Name is "get" or "post" or "put" or "patch" or "delete"))
            {
                var where = $"{operation.Name.ToUpperInvariant()} {path.Name}";
                var responses = operation.Value.GetProperty("responses");
                if (!path.Name.StartsWith("/api/", StringComparison.Ordinal))
                {
                    Assert.False(operation.Value.TryGetProperty("security", out _), $"{where} is anonymous but requires a key");
                    continue;
                }

                var requirement = Assert.Single(operation.Value.GetProperty("security").EnumerateArray());
                Assert.True(requirement.TryGetProperty("ApiKey", out _), $"{where}: {requirement}");
                foreach (var status in ProblemsOnEveryApiOperation)
                {
                    Assert.True(responses.TryGetProperty(status, out var response), $"{where} lacks {status}");
                    Assert.True(response.GetProperty("content").TryGetProperty("application/problem+json", out _), $"{where} {status} is not a problem");
                }

                checkedOperations++;
            }
        }

        Assert.True(checkedOperations >= 9, $"only {checkedOperations} /api operations in the document");
    }

    /// <summary>
    /// The embedded host maps every service's routes, so its document is every service's; the gateway's has its own
    /// routes (none today). A route whose handler returns a plain IResult gets a 200 without a schema and fails here:
    /// give it typed results or Produces&lt;T&gt;.
    /// </summary>
    [Theory]
    [InlineData(EdgeTarget.Embedded)]
    [InlineData(EdgeTarget.Gateway)]
    public async Task Every_operation_declares_its_success_response_with_a_schema(EdgeTarget target)
    {
        using var document = JsonDocument.Parse(await FetchAsync(hosts.Url(target), host: null));
        var paths = document.RootElement.GetProperty("paths").EnumerateObject().ToList();

        var untyped = new List<string>();
        foreach (var path in paths)
        {
            foreach (var operation in path.Value.EnumerateObject().Where(o => o.Name is "get" or "post" or "put" or "patch" or "delete"))
            {
                var where = $"{operation.Name.ToUpperInvariant()} {path.Name}";
                var successes = operation.Value.GetProperty("responses").EnumerateObject().Where(r => r.Name.StartsWith('2')).ToList();
                if (successes.Count == 0)
                {
                    untyped.Add($"{where}: no 2xx response");
                }

                untyped.AddRange(successes.Where(r => !HasSchema(r.Value) && !IsBodiless(r)).Select(r => $"{where}: {r.Name} without a schema"));
            }
        }

        Assert.Empty(untyped);
        foreach (var service in target == EdgeTarget.Embedded ? new[] { "/api/encounters", "/api/coding/", "/api/codesets/", "/api/edits/", "/api/claims", "/api/worklist", "/api/audit/" } : [])
        {
            Assert.Contains(paths, p => p.Name.StartsWith(service, StringComparison.Ordinal));
        }
    }

    private static bool HasSchema(JsonElement response) =>
        response.TryGetProperty("content", out var content)
        && content.EnumerateObject().Any(media => media.Value.TryGetProperty("schema", out var schema) && schema.EnumerateObject().Any());

    /// <summary>Accepted or No Content may rightly carry no body.</summary>
    private static bool IsBodiless(JsonProperty response) =>
        response.Name is "202" or "204" && !response.Value.TryGetProperty("content", out _);

    private static async Task<string> FetchAsync(Uri url, string? host)
    {
        using var http = new HttpClient { BaseAddress = url };
        using var request = new HttpRequestMessage(HttpMethod.Get, "/openapi/v1.json");
        if (host is not null)
        {
            request.Headers.Host = host;
        }

        using var response = await http.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsStringAsync();
    }
}
