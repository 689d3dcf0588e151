using System.Net;
using MedCoder.ServiceDefaults.Security;
using MedCoder.Testing.Hosting;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace MedCoder.Gateway.Tests;

/// <summary>
/// Every API route a service maps is reachable through the gateway with its method: a service route the gateway does not
/// forward answers 404/405 from the gateway itself (a payer could not send its 277CA before this test existed).
/// </summary>
public sealed class GatewayRouteCoverageTests
{
    [Fact]
    public async Task Every_service_route_is_forwarded_by_the_gateway()
    {
        await using var server = await EmbeddedServer.StartAsync();
        await using var gateway = await GatewayInFront.StartAsync(server.Url);
        using var http = new HttpClient { BaseAddress = gateway.Url, Timeout = TimeSpan.FromSeconds(30) };
        var routes = server.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/", StringComparison.Ordinal) == true)
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"]).Select(m => (Method: m, Path: Concrete(e.RoutePattern.RawText!))))
            .Distinct()
            .ToList();
        Assert.NotEmpty(routes);

        var unreachable = new List<string>();
        foreach (var (method, path) in routes)
        {
            using var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = method == "GET" ? null : new StringContent("{}", System.Text.Encoding.UTF8, "application/json") };
            request.Headers.Add(ApiKeyAuthenticationHandler.HeaderName, AuthorizationMatrix.Admin);
            using var response = await http.SendAsync(request);
            // The service's own answers (400, 404 for an unknown id, 409, 422…) are problem details; the gateway's are not.
            var fromService = response.Content.Headers.ContentType?.MediaType is "application/problem+json" or "application/json" or "application/edi-x12" or "application/fhir+json";
            if (response.StatusCode == HttpStatusCode.MethodNotAllowed || (response.StatusCode == HttpStatusCode.NotFound && !fromService))
            {
                unreachable.Add($"{method} {path} → {(int)response.StatusCode}");
            }
        }

        Assert.Empty(unreachable);
    }

    [Fact]
    public async Task The_gateway_documents_the_api_it_fronts_with_each_services_openapi()
    {
        await using var server = await EmbeddedServer.StartAsync();
        await using var gateway = await GatewayInFront.StartAsync(server.Url);
        using var http = new HttpClient { BaseAddress = gateway.Url, Timeout = TimeSpan.FromSeconds(30) };

        foreach (var service in new[] { "intake", "code-suggestion", "compliance-edit", "claim-assembly" })
        {
            using var response = await http.GetAsync($"/openapi/{service}.json");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            using var document = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            Assert.True(document.RootElement.GetProperty("paths").TryGetProperty("/api/worklist/{id}/decision", out _), service);
        }

        var page = await http.GetStringAsync("/docs/");
        Assert.Contains("claim-assembly", page, StringComparison.Ordinal);
    }

    /// <summary>A request path for a route template: every parameter becomes a placeholder id.</summary>
    private static string Concrete(string template) =>
        System.Text.RegularExpressions.Regex.Replace(template, @"\{[^}]+\}", "x-unknown");
}
