using System.Text;
using MedCoder.ClaimAssembly.Claims;
using MedCoder.ClaimAssembly.Delivery;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MedCoder.ClaimAssembly.Tests.Delivery;

/// <summary>Webhook push against a real local HTTP receiver (docs/architecture.md#delivery).</summary>
public sealed class WebhookDeliveryTests
{
    [Fact]
    public async Task A_receiver_that_fails_and_times_out_gets_every_claim_and_none_twice_after_de_duplication()
    {
        await using var receiver = await PayerReceiver.StartAsync();
        // Request 1 and every 5th after it take the claim but answer after the attempt timeout; every 3rd is unavailable.
        receiver.Answer = n => n % 5 == 1 ? ReceiverAnswer.AcceptSlowly : n % 3 == 0 ? ReceiverAnswer.Unavailable : ReceiverAnswer.Accept;
        await using var harness = DeliveryHarness.Start(DeliveryHarness.Webhook(receiver.Url, (DeliverySettings.RetriesVariable, "2"), (DeliverySettings.BreakFailuresVariable, "1000"), (DeliverySettings.TimeoutVariable, "1")));
        var claims = await harness.ReadyClaimsAsync(8);

        await harness.PushUntilAsync(async () => (await harness.ClaimsAsync(claims)).All(c => c.Status == ClaimStatus.Delivered));

        var keys = claims.Select(c => WebhookSignature.IdempotencyKey(c.Id, c.Revision)).Order().ToList();
        Assert.Equal(keys, receiver.Taken.Keys.Order().ToList());
        Assert.Equal(0, receiver.BadSignatures);
        // The slow answers were taken and sent again: de-duplication by the key is what keeps them single.
        Assert.Contains(receiver.Taken.Values, count => count > 1);
        var attempts = (await Task.WhenAll(claims.Select(c => harness.AttemptsAsync(c.Id)))).SelectMany(a => a).ToList();
        // A timed-out attempt may end before it reaches the receiver (a cold start), so it is at least one per request.
        Assert.True(attempts.Count >= receiver.Requests, $"{attempts.Count} attempts recorded for {receiver.Requests} requests");
        Assert.Contains(attempts, a => a is { Outcome: DeliveryOutcomes.Timeout, StatusCode: null });
        Assert.Contains(attempts, a => a is { Outcome: DeliveryOutcomes.Failed, StatusCode: 503 });
        Assert.Equal(claims.Count, attempts.Count(a => a.Outcome == DeliveryOutcomes.Delivered));
        Assert.All(await harness.ClaimsAsync(claims), c => Assert.Equal("webhook", c.Delivery!.DeliveredBy));
    }

    [Fact]
    public async Task The_payers_circuit_opens_after_its_failures_spares_the_receiver_and_closes_when_it_recovers()
    {
        await using var receiver = await PayerReceiver.StartAsync();
        var failing = true;
        receiver.Answer = _ => failing ? ReceiverAnswer.Unavailable : ReceiverAnswer.Accept;
        await using var harness = DeliveryHarness.Start(DeliveryHarness.Webhook(receiver.Url, (DeliverySettings.RetriesVariable, "1"), (DeliverySettings.BreakFailuresVariable, "2"), (DeliverySettings.RoundsVariable, "50"), (DeliverySettings.TimeoutVariable, "10")));
        var claims = await harness.ReadyClaimsAsync(3);

        await harness.Webhooks.RunOnceAsync(CancellationToken.None);

        // The first claim's two failed attempts open the circuit; the others are refused without a request.
        Assert.Equal(2, receiver.Requests);
        Assert.Equal([DeliveryOutcomes.Failed, DeliveryOutcomes.Failed], (await harness.AttemptsAsync(claims[0].Id)).Select(a => a.Outcome));
        Assert.All(claims.Skip(1), c => Assert.Equal(DeliveryOutcomes.CircuitOpen, Assert.Single(harness.AttemptsAsync(c.Id).Result).Outcome));
        Assert.All(await harness.ClaimsAsync(claims.Skip(1)), c => Assert.Equal((ClaimStatus.Ready, 0), (c.Status, c.Delivery!.Rounds)));

        failing = false;
        await harness.PushUntilAsync(async () => (await harness.ClaimsAsync(claims)).All(c => c.Status == ClaimStatus.Delivered));

        // Closed again: after the break one probe went through and every claim was taken once, with no further failure.
        Assert.Equal(2 + claims.Count, receiver.Requests);
        Assert.All(claims, c => Assert.Equal(1, receiver.Taken[WebhookSignature.IdempotencyKey(c.Id, c.Revision)]));
        Assert.All(claims, c => Assert.Equal(DeliveryOutcomes.Delivered, harness.AttemptsAsync(c.Id).Result[^1].Outcome));
    }

    [Fact]
    public async Task After_its_rounds_a_claim_is_a_dead_letter_until_an_operator_redelivers_it()
    {
        await using var receiver = await PayerReceiver.StartAsync();
        var refusing = true;
        receiver.Answer = _ => refusing ? ReceiverAnswer.BadRequest : ReceiverAnswer.Accept;
        await using var harness = DeliveryHarness.Start(DeliveryHarness.Webhook(receiver.Url, (DeliverySettings.RetriesVariable, "2"), (DeliverySettings.RoundsVariable, "2"), (DeliverySettings.BreakFailuresVariable, "1000"), (DeliverySettings.TimeoutVariable, "10")));
        var claim = Assert.Single(await harness.ReadyClaimsAsync(1));

        await harness.PushUntilAsync(async () => (await harness.ClaimsAsync([claim]))[0].Status == ClaimStatus.DeadLetter);

        // 400 is not transient: one attempt per round, two rounds.
        Assert.Equal([400, 400], (await harness.AttemptsAsync(claim.Id)).Select(a => a.StatusCode));
        var deadLetters = Assert.IsType<Ok<PayerApi.ClaimEndpoints.ClaimPage>>((await DeliveryEndpoints.DeadLettersAsync(harness.Collections, null, null, CancellationToken.None)).Result).Value!;
        Assert.Equal(claim.Id, Assert.Single(deadLetters.Items).Id);
        await harness.Webhooks.RunOnceAsync(CancellationToken.None);
        Assert.Equal(2, receiver.Requests);

        refusing = false;
        var redelivered = Assert.IsType<Ok<Claim>>((await DeliveryEndpoints.RedeliverAsync(claim.Id, harness.Collections, harness.Metrics, CancellationToken.None)).Result).Value!;
        Assert.Equal((ClaimStatus.Ready, 0), (redelivered.Status, redelivered.Delivery!.Rounds));
        await harness.PushUntilAsync(async () => (await harness.ClaimsAsync([claim]))[0].Status == ClaimStatus.Delivered);

        Assert.Equal(1, receiver.Taken[WebhookSignature.IdempotencyKey(claim.Id, claim.Revision)]);
        var again = await DeliveryEndpoints.RedeliverAsync(claim.Id, harness.Collections, harness.Metrics, CancellationToken.None);
        Assert.Equal(409, Assert.IsType<ProblemHttpResult>(again.Result).StatusCode);
    }

    [Fact]
    public async Task A_claim_withdrawn_while_the_pass_pushes_the_ones_before_it_is_not_pushed()
    {
        await using var receiver = await PayerReceiver.StartAsync();
        await using var harness = DeliveryHarness.Start(DeliveryHarness.Webhook(receiver.Url, (DeliverySettings.TimeoutVariable, "10")));
        var claims = await harness.ReadyClaimsAsync(2);
        var withdrawals = new ClaimWithdrawals(harness.Collections);
        // The hospital withdraws the second encounter while the payer takes the first claim of the pass.
        receiver.Answer = n =>
        {
            if (n == 1)
            {
                withdrawals.WithdrawAsync(claims[1].Key, claims[1].Revision, DateTimeOffset.UtcNow, CancellationToken.None).GetAwaiter().GetResult();
            }

            return ReceiverAnswer.Accept;
        };

        await harness.Webhooks.RunOnceAsync(CancellationToken.None);

        Assert.Equal([WebhookSignature.IdempotencyKey(claims[0].Id, claims[0].Revision)], receiver.Taken.Keys);
        Assert.Equal([ClaimStatus.Delivered, ClaimStatus.Withdrawn], (await harness.ClaimsAsync(claims)).Select(c => c.Status));
    }

    [Fact]
    public async Task Two_replicas_pushing_the_same_store_deliver_every_claim_at_least_once()
    {
        await using var receiver = await PayerReceiver.StartAsync();
        await using var harness = DeliveryHarness.Start(DeliveryHarness.Webhook(receiver.Url, (DeliverySettings.TimeoutVariable, "10")));
        await using var replica = harness.Replica();
        var claims = await harness.ReadyClaimsAsync(10);

        await Task.WhenAll(harness.Webhooks.RunOnceAsync(CancellationToken.None), replica.Webhooks.RunOnceAsync(CancellationToken.None));

        Assert.All(await harness.ClaimsAsync(claims), c => Assert.Equal(ClaimStatus.Delivered, c.Status));
        Assert.Equal(claims.Select(c => WebhookSignature.IdempotencyKey(c.Id, c.Revision)).Order(), receiver.Taken.Keys.Order());
        // A second pass finds nothing due: delivered claims are not pushed again.
        var before = receiver.Requests;
        await harness.Webhooks.RunOnceAsync(CancellationToken.None);
        Assert.Equal(before, receiver.Requests);
    }

    [Fact]
    public async Task A_payer_without_configuration_is_never_called_and_keeps_pulling()
    {
        await using var receiver = await PayerReceiver.StartAsync();
        await using var harness = DeliveryHarness.Start(DeliveryHarness.Webhook(receiver.Url));
        var pulled = await harness.ReadyClaimsAsync(2, payer: "blue-river-health");

        Assert.Equal(0, await harness.Webhooks.RunOnceAsync(CancellationToken.None));

        Assert.Equal(0, receiver.Requests);
        Assert.All(await harness.ClaimsAsync(pulled), c => Assert.Equal((ClaimStatus.Ready, (ClaimDelivery?)null), (c.Status, c.Delivery)));
    }

    [Fact]
    public async Task A_fhir_payer_gets_the_bundle()
    {
        await using var receiver = await PayerReceiver.StartAsync();
        await using var harness = DeliveryHarness.Start(DeliveryHarness.Webhook(receiver.Url, (DeliverySettings.PayerVariable(DeliveryHarness.Payer, "FORMAT"), "fhir"), (DeliverySettings.TimeoutVariable, "10")));
        await harness.ReadyClaimsAsync(2);

        Assert.Equal(2, await harness.Webhooks.RunOnceAsync(CancellationToken.None));

        Assert.All(receiver.ContentTypes, t => Assert.Equal(PayerApi.ClaimMediaTypes.Fhir, t));
        Assert.Equal(0, receiver.BadSignatures);
    }

    [Fact]
    public void The_signature_covers_timestamp_and_body()
    {
        var body = Encoding.ASCII.GetBytes("ISA*00*...~");
        var signature = WebhookSignature.Sign(PayerReceiver.Secret, 1_770_000_000, body);

        Assert.StartsWith("sha256=", signature, StringComparison.Ordinal);
        Assert.True(WebhookSignature.Verify(PayerReceiver.Secret, "1770000000", body, signature));
        Assert.False(WebhookSignature.Verify(PayerReceiver.Secret, "1770000001", body, signature));
        Assert.False(WebhookSignature.Verify(PayerReceiver.Secret, "1770000000", Encoding.ASCII.GetBytes("ISA*01*...~"), signature));
        Assert.False(WebhookSignature.Verify("another-secret-of-some-length", "1770000000", body, signature));
    }
}
