using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MedCoder.ServiceDefaults.Security;
using MedCoder.Testing.Hosting;

namespace MedCoder.CodeSuggestion.Tests;

/// <summary>The code-set API over HTTP on the embedded host.</summary>
public sealed class CodeSetApiTests
{
    private static async Task<(HttpStatusCode Status, JsonElement Body)> GetAsync(EmbeddedServer server, string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add(ApiKeyAuthenticationHandler.HeaderName, "demo-coder-key");
        using var response = await server.Http.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadFromJsonAsync<JsonElement>());
    }

    [Fact]
    public async Task Typeahead_understands_what_coders_type()
    {
        await using var server = await EmbeddedServer.StartAsync();

        var (status, body) = await GetAsync(server, "/api/codesets/icd10cm?q=type%202%20diabetes%20with%20ckd&dos=2026-03-01");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("ICD-10-CM FY2026", body.GetProperty("version").GetString());
        Assert.Equal("E11.22", body.GetProperty("results")[0].GetProperty("code").GetString());
        var (_, chf) = await GetAsync(server, "/api/codesets/icd10cm?q=chf&dos=2026-03-01");
        Assert.StartsWith("I50.", chf.GetProperty("results")[0].GetProperty("code").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Code_facts_change_with_the_date_of_service()
    {
        await using var server = await EmbeddedServer.StartAsync();

        var (_, header) = await GetAsync(server, "/api/codesets/icd10cm/E11?dos=2026-03-01");
        var (_, billable) = await GetAsync(server, "/api/codesets/icd10cm/E11.65?dos=2026-03-01");
        var (badDate, _) = await GetAsync(server, "/api/codesets/icd10cm/E11.65?dos=03/01/2026");
        var (unknownSystem, _) = await GetAsync(server, "/api/codesets/loinc/1234-5");

        Assert.False(header.GetProperty("usable").GetBoolean());
        Assert.Contains("header", header.GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.True(billable.GetProperty("usable").GetBoolean());
        Assert.Equal(HttpStatusCode.BadRequest, badDate);
        Assert.Equal(HttpStatusCode.NotFound, unknownSystem);
    }
}
