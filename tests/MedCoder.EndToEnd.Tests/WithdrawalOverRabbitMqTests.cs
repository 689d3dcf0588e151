using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using MedCoder.AllInOne.Client;
using MedCoder.ClaimAssembly.Claims;
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
/// Withdrawing an encounter over a real RabbitMQ (docs/architecture.md#corrections): Intake's route publishes
/// EncounterWithdrawn through its outbox, ClaimAssembly voids the claim the webhook payer already has (frequency 8,
/// REF*F8) and pushes the void like any claim; a later revision is a new original.
/// </summary>
[Collection(nameof(EndToEndCollection))]
public sealed class WithdrawalOverRabbitMqTests
{
    private const string HospitalKey = "demo-hospital-key";
    private const string OpsKey = "demo-ops-key";

    [SkippableFact]
    public async Task A_withdrawn_encounter_whose_claim_was_delivered_is_voided_at_the_payer()
    {
        var (broker, unavailable) = await Broker.StartAsync();
        Skip.If(broker is null, unavailable);
        await using (broker)
        {
            var bodies = new ConcurrentDictionary<string, string>(StringComparer.Ordinal);
            await using var receiver = await PayerWebhookReceiver.StartAsync(bodies);
            var url = receiver.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/claims";
            await using var server = await EmbeddedServer.StartAsync(new Dictionary<string, string?>
            {
                ["MEDCODER_RABBITMQ_URL"] = broker!.Url.ToString(),
                ["MEDCODER_DELIVERY_PAYERS"] = "acme-health=webhook",
                ["MEDCODER_DELIVERY_ACME_HEALTH_URL"] = url,
                ["MEDCODER_DELIVERY_ACME_HEALTH_SECRET"] = "end-to-end-signing-secret",
                ["MEDCODER_DELIVERY_POLL_SECONDS"] = "0.05",
            });
            // Over RabbitMQ the consumers' queues are bound once the bus is up: submit only then, or the first message has nowhere to go.
            await WaitAsync(async () =>
            {
                using var ready = await server.Http.GetAsync("/health/ready");
                return ready.IsSuccessStatusCode;
            });
            var factory = new SyntheticEncounterFactory(seed: 10);
            string? claimId = null;
            string? encounterId = null;
            Contracts.Encounters.EncounterSubmission? submission = null;
            for (var i = 0; claimId is null && i < 10; i++)
            {
                submission = factory.Create(i).Submission;
                (encounterId, claimId) = await AssembleAsync(server, submission);
            }

            Assert.NotNull(claimId);
            await WaitAsync(async () => bodies.ContainsKey(claimId + ".r1") && await ClaimStatusAsync(server, claimId) == "delivered");

            var (status, withdrawn) = await WithdrawAsync(server, encounterId!);
            var (againStatus, again) = await WithdrawAsync(server, encounterId!);
            var (unknownStatus, unknown) = await WithdrawAsync(server, "no-such-encounter");

            Assert.Equal((HttpStatusCode.OK, "withdrawn"), (status, withdrawn.GetProperty("status").GetString()));
            Assert.Equal((HttpStatusCode.OK, "withdrawn"), (againStatus, again.GetProperty("status").GetString()));
            Assert.Equal(withdrawn.GetProperty("withdrawnAt").GetString(), again.GetProperty("withdrawnAt").GetString());
            Assert.Equal((HttpStatusCode.NotFound, 404), (unknownStatus, unknown.GetProperty("status").GetInt32()));

            var voidId = ClaimCorrections.VoidIdFor(claimId);
            await WaitAsync(async () => bodies.ContainsKey(voidId + ".r1") && await ClaimStatusAsync(server, voidId) == "delivered");
            var voiding = bodies[voidId + ".r1"];
            Assert.Matches(@"CLM\*" + voidId + @"\*[^~]*\*[0-9]{2}:[AB]:8\*", voiding);
            Assert.Contains($"REF*F8*{claimId}~", voiding, StringComparison.Ordinal);
            Assert.Equal("delivered", await ClaimStatusAsync(server, claimId));

            // A revision sent after the withdrawal is accepted as a new submission, and its claim is a new original.
            submission!.Revision = 2;
            var (_, resubmitted) = await AssembleAsync(server, submission);
            Assert.NotNull(resubmitted);
            await WaitAsync(() => Task.FromResult(bodies.ContainsKey(resubmitted + ".r2")));
            Assert.DoesNotContain("REF*F8", bodies[resubmitted + ".r2"], StringComparison.Ordinal);
            Assert.Equal(3, bodies.Count);

            await WaitAsync(async () => await ClaimStatusAsync(server, resubmitted) == "delivered");
            using var after = await GetJsonAsync(server, "/api/stats/claim-assembly");
            Assert.Equal(3, after.RootElement.GetProperty("delivered").GetInt64());
            Assert.Equal(3, after.RootElement.GetProperty("delivery").GetProperty("attemptsByOutcome").GetProperty("delivered").GetInt64());
            Assert.Equal(1, await server.Api.CountInStatusAsync("withdrawn", OpsKey));
            Assert.Equal("withdrawn", (await server.Api.GetEncounterAsync(encounterId!, HospitalKey))!.Status);
        }
    }

    [SkippableFact]
    public async Task Through_the_gateway_with_each_service_its_own_process_an_unsent_claim_is_withdrawn_and_an_acknowledged_one_voided()
    {
        var (broker, unavailable) = await Broker.StartAsync();
        Skip.If(broker is null, unavailable);
        await using (broker)
        {
            await using var pipeline = new DistributedPipeline(broker!.Url);
            await pipeline.StartAsync();
            using var http = new HttpClient { BaseAddress = pipeline.Gateway.Url, Timeout = TimeSpan.FromSeconds(30) };
            var factory = new SyntheticEncounterFactory(seed: 10);
            var assembled = new List<(string EncounterId, string ClaimId)>();
            for (var i = 0; assembled.Count < 2 && i < 20; i++)
            {
                if (await AssembleAsync(pipeline.Api, factory.Create(i).Submission) is (var encounterId, { } claimId))
                {
                    assembled.Add((encounterId!, claimId));
                }
            }

            Assert.Equal(2, assembled.Count);
            var (acknowledgedEncounter, acknowledged) = assembled[0];
            var (unsentEncounter, unsent) = assembled[1];
            using (var ack = new HttpRequestMessage(HttpMethod.Post, $"/api/claims/{acknowledged}/ack"))
            {
                ack.Headers.Add("X-Api-Key", "demo-payer-key");
                Assert.Equal(HttpStatusCode.OK, (await http.SendAsync(ack)).StatusCode);
            }

            Assert.Equal(HttpStatusCode.OK, (await WithdrawAsync(http, acknowledgedEncounter)).Status);
            Assert.Equal(HttpStatusCode.OK, (await WithdrawAsync(http, unsentEncounter)).Status);

            var voidId = ClaimCorrections.VoidIdFor(acknowledged);
            await WaitAsync(async () => await ClaimStatusAsync(http, unsent) == "withdrawn" && await ClaimStatusAsync(http, voidId) == "ready");
            using var voiding = await GetJsonAsync(http, $"/api/claims/{voidId}");
            Assert.Equal(("8", acknowledged), (voiding.RootElement.GetProperty("frequency").GetString(), voiding.RootElement.GetProperty("payerClaimReference").GetString()));
            Assert.Equal("acknowledged", await ClaimStatusAsync(http, acknowledged));
            Assert.Equal([voidId], (await pipeline.Api.ListClaimsAsync(OpsKey, "ready")).Select(c => c.Id));
        }
    }

    private static async Task<(string? EncounterId, string? ClaimId)> AssembleAsync(EmbeddedServer server, Contracts.Encounters.EncounterSubmission submission) =>
        await AssembleAsync(server.Api, submission);

    private static async Task<(string? EncounterId, string? ClaimId)> AssembleAsync(AllInOne.Client.MedCoderApiClient api, Contracts.Encounters.EncounterSubmission submission)
    {
        var result = await api.SubmitAsync(submission, HospitalKey);
        Assert.Equal(HttpStatusCode.Accepted, result.Status);
        string? claimId = null;
        string? status = null;
        async Task WaitForClaimAsync(params string[] without) => await WaitAsync(
            async () =>
            {
                var view = await api.GetEncounterAsync(result.Encounter!.Id, HospitalKey);
                (claimId, status) = (view?.ClaimId, view?.Status);
                return claimId is not null || without.Contains(status);
            },
            () => $"encounter status {status}");

        await WaitForClaimAsync("failed", "held-for-review");
        if (claimId is null && status == "held-for-review")
        {
            // Held for a coder (a code below auto-release): a coder accepts the suggestions as they stand, as the demo's does;
            // what cannot be released as it stands is returned to the provider and makes no claim.
            var reviewer = new AutoReviewer(api, AutoReviewer.DemoCoderKey);
            await WaitAsync(async () => await reviewer.ReviewOnceAsync(CancellationToken.None) > 0 || reviewer.Returned > 0, () => "worklist item");
            if (reviewer.Released > 0)
            {
                await WaitForClaimAsync("failed");
            }
        }

        return (result.Encounter!.Id, claimId);
    }

    private static Task<(HttpStatusCode Status, JsonElement Body)> WithdrawAsync(EmbeddedServer server, string encounterId) => WithdrawAsync(server.Http, encounterId);

    private static async Task<(HttpStatusCode Status, JsonElement Body)> WithdrawAsync(HttpClient http, string encounterId)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/encounters/{encounterId}/withdraw");
        request.Headers.Add("X-Api-Key", HospitalKey);
        using var response = await http.SendAsync(request);
        return (response.StatusCode, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone());
    }

    private static Task<JsonDocument> GetJsonAsync(EmbeddedServer server, string path) => GetJsonAsync(server.Http, path);

    private static async Task<JsonDocument> GetJsonAsync(HttpClient http, string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("X-Api-Key", OpsKey);
        using var response = await http.SendAsync(request);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync());
    }

    private static Task<string?> ClaimStatusAsync(EmbeddedServer server, string claimId) => ClaimStatusAsync(server.Http, claimId);

    private static async Task<string?> ClaimStatusAsync(HttpClient http, string claimId)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/claims/{claimId}");
        request.Headers.Add("X-Api-Key", OpsKey);
        using var response = await http.SendAsync(request);
        return response.IsSuccessStatusCode ? JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("status").GetString() : null;
    }

    private static async Task WaitAsync(Func<Task<bool>> done, Func<string>? state = null)
    {
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (!await done())
        {
            Assert.True(DateTime.UtcNow < deadline, "not done within 90 s" + (state is null ? "" : ": " + state()));
            await Task.Delay(100);
        }
    }
}
