using System.Net;
using System.Net.Http.Json;
using MedCoder.AllInOne.Client;
using MedCoder.Contracts;
using MedCoder.ServiceDefaults.Security;
using MedCoder.Storage;
using MedCoder.SyntheticEncounters;
using MedCoder.Testing.Hosting;
using static MedCoder.Gateway.Tests.AuthorizationMatrix;

namespace MedCoder.Gateway.Tests;

/// <summary>
/// Runs the whole matrix twice: against the embedded host (the services' own checks) and through the real
/// gateway process in front of it (YARP route policies, then the services' checks).
/// </summary>
public sealed class AuthorizationMatrixTests
{
    [Fact]
    public async Task Embedded_host_enforces_roles_and_organizations()
    {
        await using var server = await EmbeddedServer.StartAsync();
        await RunMatrixAsync(server, server.Http);
    }

    [Fact]
    public async Task Gateway_process_enforces_roles_and_organizations()
    {
        await using var server = await EmbeddedServer.StartAsync();
        await using var gateway = await GatewayInFront.StartAsync(server.Url);
        using var http = new HttpClient { BaseAddress = gateway.Url, Timeout = TimeSpan.FromSeconds(30) };

        await RunMatrixAsync(server, http);
    }

    private static async Task RunMatrixAsync(EmbeddedServer server, HttpClient http)
    {
        var factory = new SyntheticEncounterFactory(seed: 5);
        var submission = factory.Create(0).Submission;
        submission.Coverage!.PayerId = "acme-health";
        var accepted = await server.Api.SubmitAsync(submission, Hospital);
        Assert.Equal(HttpStatusCode.Accepted, accepted.Status);
        var encounterId = accepted.Encounter!.Id;
        var claimId = await WaitForClaimAsync(server, encounterId);

        var failures = new List<string>();
        var next = 1;
        foreach (var route in Enum.GetValues<Route>())
        {
            foreach (var key in Keys)
            {
                using var request = Request(route, encounterId, claimId, factory, ref next);
                if (key.Length > 0)
                {
                    request.Headers.Add(ApiKeyAuthenticationHandler.HeaderName, key);
                }

                using var response = await http.SendAsync(request);
                var expected = Expected(route, key);
                if (response.StatusCode != expected)
                {
                    failures.Add($"{route} with '{key}': expected {(int)expected}, got {(int)response.StatusCode}");
                }
                else if (route == Route.ListClaims && expected == HttpStatusCode.OK)
                {
                    var body = await response.Content.ReadAsStringAsync();
                    var visible = body.Contains(claimId, StringComparison.Ordinal);
                    if (visible != (key != OtherPayer))
                    {
                        failures.Add($"ListClaims with '{key}': claim visibility {visible}");
                    }
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    private static HttpRequestMessage Request(Route route, string encounterId, string claimId, SyntheticEncounterFactory factory, ref int next)
    {
        switch (route)
        {
            case Route.SubmitEncounter:
                var submission = factory.Create(next++).Submission;
                return new HttpRequestMessage(HttpMethod.Post, "/api/encounters") { Content = JsonContent.Create(submission, options: StoreJson.Options) };
            case Route.ReadEncounter:
                return new HttpRequestMessage(HttpMethod.Get, $"/api/encounters/{encounterId}");
            case Route.ListClaims:
                return new HttpRequestMessage(HttpMethod.Get, "/api/claims");
            case Route.ReadClaim:
                return new HttpRequestMessage(HttpMethod.Get, $"/api/claims/{claimId}");
            case Route.AckClaim:
                return new HttpRequestMessage(HttpMethod.Post, $"/api/claims/{claimId}/ack");
            case Route.ReadSuggestion:
                return new HttpRequestMessage(HttpMethod.Get, $"/api/coding/suggestions/{encounterId}");
            case Route.ReadEdits:
                return new HttpRequestMessage(HttpMethod.Get, $"/api/edits/{encounterId}");
            case Route.ReadStats:
                return new HttpRequestMessage(HttpMethod.Get, "/api/stats/intake");
            case Route.ListWorklist:
                return new HttpRequestMessage(HttpMethod.Get, "/api/worklist?limit=5");
            case Route.ReadAudit:
                return new HttpRequestMessage(HttpMethod.Get, $"/api/audit/{encounterId}");
            case Route.SearchCodeSets:
                return new HttpRequestMessage(HttpMethod.Get, "/api/codesets/icd10cm?q=chf&dos=2026-03-01");
            default:
                throw new ArgumentOutOfRangeException(nameof(route));
        }
    }

    private static async Task<string> WaitForClaimAsync(EmbeddedServer server, string encounterId)
    {
        var reviewer = new AutoReviewer(server.Api, Coder);
        for (var i = 0; i < 200; i++)
        {
            await reviewer.ReviewOnceAsync(CancellationToken.None); // the encounter may be held for a coder first
            var status = await server.Api.GetEncounterAsync(encounterId, Ops);
            if (status?.Status == Stages.ClaimAssembled)
            {
                return status.ClaimId!;
            }

            Assert.NotEqual(Stages.Failed, status?.Status);
            await Task.Delay(100);
        }

        throw new TimeoutException("no claim for the matrix encounter");
    }
}
