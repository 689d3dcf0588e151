using System.Net.Http.Headers;
using System.Text;
using MedCoder.ClaimAssembly.Billing;
using MedCoder.ClaimAssembly.Claims;
using MedCoder.ClaimAssembly.Fhir;
using MedCoder.ClaimAssembly.PayerApi;
using MedCoder.ClaimAssembly.X12;
using MedCoder.Storage;
using Microsoft.Extensions.Options;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace MedCoder.ClaimAssembly.Delivery;

/// <summary>
/// Pushes the ready claims of every webhook payer whose due time has come (docs/architecture.md#delivery). Driven by the
/// store, like the outbox: a claim stays ready until a 2xx is recorded on it by compare-and-set, so a crash repeats a push
/// at most (the idempotency key lets the payer drop it) and loses none. A failed push (after its retries) counts a round
/// and waits longer; after the last round the claim is a dead letter. An open circuit defers without counting.
/// </summary>
public sealed class WebhookDispatcher(
    ClaimAssemblyCollections collections,
    ClaimInterchanges interchanges,
    IHttpClientFactory clients,
    DeliveryAttempts recorder,
    DeliveryMetrics metrics,
    IOptions<DeliverySettings> options,
    TimeProvider clock)
{
    private readonly ClaimWithdrawals _withdrawals = new(collections);

    private DeliverySettings Settings => options.Value;

    /// <summary>One pass over every webhook payer's due claims, payers side by side (one payer's outage does not hold the others); returns how many were delivered.</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken) =>
        (await Task.WhenAll(Settings.Webhooks.Select(payer => RunOnceAsync(payer, cancellationToken)))).Sum();

    private async Task<int> RunOnceAsync(PayerDelivery payer, CancellationToken cancellationToken)
    {
        var delivered = 0;
        long? cursor = null;
        do
        {
            var page = await collections.Claims.QueryAsync(new DocumentQuery(payer.PayerId, ClaimStatusNames.Ready, cursor, 100), cancellationToken);
            foreach (var document in page.Items.Where(d => (d.Body.Delivery?.DueAt ?? DateTimeOffset.MinValue) <= clock.GetUtcNow()))
            {
                // Read again: a page of claims takes a while to push, and one may have been withdrawn or superseded meanwhile.
                if (await collections.Claims.GetAsync(document.Id, cancellationToken) is { Body: { Status: ClaimStatus.Ready } current })
                {
                    delivered += await PushAsync(payer, current, cancellationToken) ? 1 : 0;
                }
            }

            cursor = page.NextCursor;
        }
        while (cursor is not null);

        return delivered;
    }

    private async Task<bool> PushAsync(PayerDelivery payer, Claim claim, CancellationToken cancellationToken)
    {
        var body = await BodyAsync(payer, claim, cancellationToken);
        if (body is null)
        {
            await recorder.RecordAsync(claim.Id, payer.PayerId, clock.GetUtcNow(), DeliveryOutcomes.CannotRender, null, TimeSpan.Zero);
            await collections.ChangeClaimAsync(claim.Id, c => c.DeliveryFailed(DeliveryOutcomes.CannotRender, retryAt: null), CancellationToken.None);
            metrics.Claim(DeliveryMetrics.DeadLetter, DeliveryMetrics.Webhook);
            return false;
        }

        using var request = Request(payer, claim, body.Value);
        string outcome;
        try
        {
            using var response = await clients.CreateClient(WebhookClient.Name).SendAsync(request, cancellationToken);
            if (response.IsSuccessStatusCode)
            {
                await _withdrawals.MarkDeliveredAsync(claim.Id, "webhook", clock.GetUtcNow());
                metrics.Claim(DeliveryOutcomes.Delivered, DeliveryMetrics.Webhook);
                return true;
            }

            outcome = DeliveryOutcomes.Failed;
        }
        catch (BrokenCircuitException)
        {
            await recorder.RecordAsync(claim.Id, payer.PayerId, clock.GetUtcNow(), DeliveryOutcomes.CircuitOpen, null, TimeSpan.Zero);
            await collections.ChangeClaimAsync(claim.Id, c => c.DeliveryDeferred(DeliveryOutcomes.CircuitOpen, clock.GetUtcNow() + Settings.BreakDuration), CancellationToken.None);
            metrics.Attempt(DeliveryOutcomes.CircuitOpen, TimeSpan.Zero);
            metrics.Claim(DeliveryMetrics.Deferred, DeliveryMetrics.Webhook);
            return false;
        }
        catch (Exception e) when (e is HttpRequestException or TimeoutRejectedException || (e is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            outcome = e is HttpRequestException ? DeliveryOutcomes.Unreachable : DeliveryOutcomes.Timeout;
        }

        var retryAt = NextRound(claim.Delivery?.Rounds ?? 0);
        await collections.ChangeClaimAsync(claim.Id, c => c.DeliveryFailed(outcome, retryAt), CancellationToken.None);
        metrics.Claim(retryAt is null ? DeliveryMetrics.DeadLetter : DeliveryOutcomes.Failed, DeliveryMetrics.Webhook);
        return false;
    }

    /// <summary>Exponential between rounds (the retry budget's backoff times 2^(rounds+retries)), with jitter; null after the last round.</summary>
    private DateTimeOffset? NextRound(int roundsSoFar)
    {
        if (roundsSoFar + 1 >= Settings.MaxRounds)
        {
            return null;
        }

        var delay = Settings.Backoff * Math.Pow(2, Math.Min(roundsSoFar + Settings.Retries, 16));
        return clock.GetUtcNow() + delay * (0.8 + (Random.Shared.NextDouble() * 0.4));
    }

    private async Task<(byte[] Bytes, string MediaType)?> BodyAsync(PayerDelivery payer, Claim claim, CancellationToken cancellationToken)
    {
        if (payer.Format == PayerDelivery.Fhir)
        {
            var billing = BillingClaimBuilder.Build(claim);
            return billing.CanRender ? (Encoding.UTF8.GetBytes(ClaimBundleWriter.ToJson(ClaimBundleWriter.Build(billing.Claims, claim.AssembledAt))), ClaimMediaTypes.Fhir) : null;
        }

        var rendered = await interchanges.RenderAsync(claim, cancellationToken);
        return rendered.Interchange is { } x12 ? (Encoding.ASCII.GetBytes(x12), ClaimMediaTypes.X12) : null;
    }

    private HttpRequestMessage Request(PayerDelivery payer, Claim claim, (byte[] Bytes, string MediaType) body)
    {
        var timestamp = clock.GetUtcNow().ToUnixTimeSeconds();
        var request = new HttpRequestMessage(HttpMethod.Post, payer.Url) { Content = new ByteArrayContent(body.Bytes) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue(body.MediaType);
        request.Headers.Add(WebhookSignature.TimestampHeader, timestamp.ToString(System.Globalization.CultureInfo.InvariantCulture));
        request.Headers.Add(WebhookSignature.SignatureHeader, WebhookSignature.Sign(payer.Secret!, timestamp, body.Bytes));
        request.Headers.Add(WebhookSignature.IdempotencyHeader, WebhookSignature.IdempotencyKey(claim.Id, claim.Revision, claim.Resubmissions));
        request.Options.Set(AttemptRecorder.ClaimIdKey, claim.Id);
        request.Options.Set(AttemptRecorder.PayerIdKey, payer.PayerId);
        return request;
    }
}
