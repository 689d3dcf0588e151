using System.Diagnostics;
using System.Net;
using Polly.Timeout;

namespace MedCoder.ClaimAssembly.Delivery;

/// <summary>
/// Records every HTTP attempt of a push (docs/architecture.md#delivery). Sits inside the resilience handler, so it sees each
/// retry; the claim and payer ids travel in the request's options. Records time, outcome, status code and duration only.
/// </summary>
public sealed class AttemptRecorder(DeliveryAttempts attempts, DeliveryMetrics metrics, TimeProvider clock) : DelegatingHandler
{
    public static readonly HttpRequestOptionsKey<string> ClaimIdKey = new("medcoder.claim-id");
    public static readonly HttpRequestOptionsKey<string> PayerIdKey = new("medcoder.payer-id");

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var started = clock.GetUtcNow();
        var watch = Stopwatch.StartNew();
        try
        {
            var response = await base.SendAsync(request, cancellationToken);
            await RecordAsync(request, started, response.IsSuccessStatusCode ? DeliveryOutcomes.Delivered : DeliveryOutcomes.Failed, response.StatusCode, watch.Elapsed);
            return response;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The resilience pipeline's attempt timeout (or shutdown) cancelled the attempt.
            await RecordAsync(request, started, DeliveryOutcomes.Timeout, null, watch.Elapsed);
            throw;
        }
        catch (Exception e) when (e is HttpRequestException or TimeoutRejectedException)
        {
            await RecordAsync(request, started, DeliveryOutcomes.Unreachable, null, watch.Elapsed);
            throw;
        }
    }

    private Task RecordAsync(HttpRequestMessage request, DateTimeOffset at, string outcome, HttpStatusCode? status, TimeSpan duration)
    {
        metrics.Attempt(outcome, duration);
        return request.Options.TryGetValue(ClaimIdKey, out var claimId) && request.Options.TryGetValue(PayerIdKey, out var payerId)
            ? attempts.RecordAsync(claimId, payerId, at, outcome, status, duration)
            : Task.CompletedTask;
    }
}
