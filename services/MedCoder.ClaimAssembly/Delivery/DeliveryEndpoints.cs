using MedCoder.ClaimAssembly.Claims;
using MedCoder.ClaimAssembly.PayerApi;
using MedCoder.Storage;
using Microsoft.AspNetCore.Http.HttpResults;
using static MedCoder.ClaimAssembly.PayerApi.ClaimEndpoints;

namespace MedCoder.ClaimAssembly.Delivery;

/// <summary>The operator's side of delivery (role ops): dead letters, manual redelivery, a claim's attempts.</summary>
public static class DeliveryEndpoints
{
    public static Task<Results<Ok<ClaimPage>, ValidationProblem>> DeadLettersAsync(ClaimAssemblyCollections collections, string? cursor, int? limit, CancellationToken cancellationToken) =>
        ClaimPages.QueryAsync(collections, partition: null, ClaimStatusNames.DeadLetter, cursor, limit, cancellationToken);

    /// <summary>A dead letter goes back to ready with a fresh retry budget; any other status answers 409.</summary>
    public static async Task<Results<Ok<Claim>, ProblemHttpResult>> RedeliverAsync(string id, ClaimAssemblyCollections collections, DeliveryMetrics metrics, CancellationToken cancellationToken)
    {
        var update = await collections.Claims.UpdateAsync(id, current =>
        {
            if (current is null || current.Body.Status != ClaimStatus.DeadLetter)
            {
                return null;
            }

            var next = current.Body.Redeliver();
            return new DocumentWrite<Claim>(id, next, current.Partition, next.Status.Name());
        }, cancellationToken);
        if (update.Changed)
        {
            metrics.Claim(DeliveryMetrics.Redelivered, DeliveryMetrics.Operator);
        }

        return update.Body switch
        {
            null => TypedResults.Problem(title: "Not found", detail: "No claim with this id.", statusCode: StatusCodes.Status404NotFound),
            { Status: ClaimStatus.Ready } claim => TypedResults.Ok(claim),
            var claim => TypedResults.Problem(title: "Not a dead letter", detail: $"The claim is {claim.Status.Name()}; only dead letters are redelivered.", statusCode: StatusCodes.Status409Conflict),
        };
    }

    public static async Task<Ok<IReadOnlyList<DeliveryAttempt>>> AttemptsAsync(string id, ClaimAssemblyCollections collections, CancellationToken cancellationToken)
    {
        var page = await collections.DeliveryAttempts.QueryAsync(new DocumentQuery(id, null, null, 500), cancellationToken);
        return TypedResults.Ok<IReadOnlyList<DeliveryAttempt>>(page.Items.Select(d => d.Body).ToList());
    }
}
