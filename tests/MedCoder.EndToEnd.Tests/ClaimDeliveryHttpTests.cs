using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using MedCoder.AllInOne.Client;
using MedCoder.SyntheticEncounters;
using MedCoder.Testing.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace MedCoder.EndToEnd.Tests;

/// <summary>
/// Delivery and corrections through the whole embedded pipeline (docs/architecture.md#delivery, #corrections): a webhook
/// payer receives the claim of revision 1, then revision 2's claim as a replacement naming it.
/// </summary>
public sealed partial class ClaimDeliveryHttpTests
{
    private const string OpsKey = "demo-ops-key";

    [Fact]
    public async Task A_webhook_payer_gets_the_claim_and_then_the_next_revision_as_a_replacement()
    {
        var bodies = new ConcurrentDictionary<string, string>(StringComparer.Ordinal);
        await using var receiver = await PayerWebhookReceiver.StartAsync(bodies);
        var url = receiver.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/claims";
        await using var server = await EmbeddedServer.StartAsync(new Dictionary<string, string?>
        {
            ["MEDCODER_DELIVERY_PAYERS"] = "acme-health=webhook",
            ["MEDCODER_DELIVERY_ACME_HEALTH_URL"] = url,
            ["MEDCODER_DELIVERY_ACME_HEALTH_SECRET"] = "end-to-end-signing-secret",
            ["MEDCODER_DELIVERY_POLL_SECONDS"] = "0.05",
        });
        var factory = new SyntheticEncounterFactory(seed: 10);

        string? first = null;
        Contracts.Encounters.EncounterSubmission? submission = null;
        for (var i = 0; first is null && i < 10; i++)
        {
            submission = factory.Create(i).Submission;
            first = await AssembleAsync(server, submission);
        }

        Assert.NotNull(first);
        await WaitAsync(async () => bodies.ContainsKey(first + ".r1") && await StatusAsync(server, first) == "delivered");

        submission!.Revision = 2;
        var second = await AssembleAsync(server, submission);
        Assert.NotNull(second);
        await WaitAsync(() => Task.FromResult(bodies.ContainsKey(second + ".r2")));

        var replacement = bodies[second + ".r2"];
        Assert.Contains($"REF*F8*{first}~", replacement, StringComparison.Ordinal);
        Assert.Matches(ReplacementClaim(), replacement);
        Assert.Equal("delivered", await StatusAsync(server, first));
        Assert.Equal(2, bodies.Count);
        await WaitAsync(async () => await StatusAsync(server, second) == "delivered");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/stats/claim-assembly");
        request.Headers.Add("X-Api-Key", OpsKey);
        using var stats = JsonDocument.Parse(await (await server.Http.SendAsync(request)).Content.ReadAsStringAsync());
        Assert.Equal((2, 0), (stats.RootElement.GetProperty("delivered").GetInt64(), stats.RootElement.GetProperty("ready").GetInt64()));
    }

    [GeneratedRegex(@"CLM\*[^~]*\*[0-9]{2}:[AB]:7\*")]
    private static partial Regex ReplacementClaim();

    /// <summary>
    /// Submits and waits for the revision's claim, the demo's coder accepting what the worklist holds (most synthetic
    /// encounters wait for a coder); null when the encounter failed instead (an edit error).
    /// </summary>
    private static async Task<string?> AssembleAsync(EmbeddedServer server, Contracts.Encounters.EncounterSubmission submission)
    {
        var result = await server.Api.SubmitAsync(submission, "demo-hospital-key");
        Assert.Equal(HttpStatusCode.Accepted, result.Status);
        var reviewer = new AutoReviewer(server.Api, AutoReviewer.DemoCoderKey);
        string? claimId = null;
        var failed = false;
        await WaitAsync(async () =>
        {
            await reviewer.ReviewOnceAsync(CancellationToken.None);
            var view = await server.Api.GetEncounterAsync(result.Encounter!.Id, "demo-hospital-key");
            (claimId, failed) = (view?.ClaimId, view?.Status == "failed");
            return claimId is not null || failed;
        });
        return claimId;
    }

    private static async Task<string?> StatusAsync(EmbeddedServer server, string claimId)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/claims/{claimId}");
        request.Headers.Add("X-Api-Key", OpsKey);
        using var response = await server.Http.SendAsync(request);
        return response.IsSuccessStatusCode ? JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("status").GetString() : null;
    }

    private static async Task WaitAsync(Func<Task<bool>> done)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!await done())
        {
            Assert.True(DateTime.UtcNow < deadline, "not done within 60 s");
            await Task.Delay(50);
        }
    }
}
