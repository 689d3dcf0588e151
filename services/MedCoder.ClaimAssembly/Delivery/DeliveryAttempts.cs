using System.Net;
using MedCoder.Storage;

namespace MedCoder.ClaimAssembly.Delivery;

/// <summary>Stores delivery attempts (<see cref="DeliveryAttempt"/>): ids, outcome, status code and duration, never claim content.</summary>
public sealed class DeliveryAttempts(ClaimAssemblyCollections collections)
{
    public Task RecordAsync(string claimId, string payerId, DateTimeOffset at, string outcome, HttpStatusCode? status, TimeSpan duration)
    {
        var attempt = new DeliveryAttempt(Guid.NewGuid().ToString("N"), claimId, payerId, at, outcome, status is null ? null : (int)status, duration.TotalMilliseconds);
        // Not the caller's token: an attempt that happened is recorded even when shutdown cancels the push.
        return collections.DeliveryAttempts.InsertIfAbsentAsync(new DocumentWrite<DeliveryAttempt>(attempt.Id, attempt, claimId, outcome), CancellationToken.None);
    }
}
