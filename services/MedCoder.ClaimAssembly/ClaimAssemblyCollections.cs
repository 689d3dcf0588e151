using MedCoder.ClaimAssembly.Claims;
using MedCoder.ClaimAssembly.X12;
using MedCoder.Storage;

namespace MedCoder.ClaimAssembly;

public sealed class ClaimAssemblyCollections(IDocumentStore store, OutboxSignal outboxSignal)
{
    public const string ClaimsName = "claims";
    public const string RejectionsName = "rejections";
    public const string ControlNumbersName = "x12-control-numbers";
    public const string SentGroupsName = "x12-sent-groups";
    public const string DeliveryAttemptsName = "delivery-attempts";
    public const string WithdrawalMarksName = "withdrawal-marks";

    public IDocumentCollection<Claim> Claims { get; } = store.Collection<Claim>(ClaimsName);

    /// <summary>Encounters refused by a claim rule, keyed by the claim id they would have had.</summary>
    public IDocumentCollection<ClaimRejection> Rejections { get; } = store.Collection<ClaimRejection>(RejectionsName);

    /// <summary>The X12 control-number counter (<see cref="X12.ControlNumbers"/>).</summary>
    public IDocumentCollection<ControlNumberCounter> ControlNumbers { get; } = store.Collection<ControlNumberCounter>(ControlNumbersName);

    /// <summary>What each functional group sent carried, for reading a payer's 999.</summary>
    public IDocumentCollection<SentGroup> SentGroups { get; } = store.Collection<SentGroup>(SentGroupsName);

    /// <summary>Every push attempt (<see cref="Delivery.DeliveryAttempt"/>), partitioned by claim id, status the outcome.</summary>
    public IDocumentCollection<Delivery.DeliveryAttempt> DeliveryAttempts { get; } = store.Collection<Delivery.DeliveryAttempt>(DeliveryAttemptsName);

    /// <summary>Withdrawn encounters (<see cref="WithdrawalMark"/>), so a claim assembled after the withdrawal is withdrawn too.</summary>
    public IDocumentCollection<WithdrawalMark> WithdrawalMarks { get; } = store.Collection<WithdrawalMark>(WithdrawalMarksName);

    public OutboxSignal OutboxSignal { get; } = outboxSignal;

    /// <summary>
    /// Applies a change to a stored claim by compare-and-set; the status index follows the new status, and a change that
    /// leaves the claim as it was writes nothing. By default not the caller's token: a delivery that happened is recorded
    /// on the claim even when shutdown cancels the loop that made it; a change made for a message takes the message's.
    /// </summary>
    public Task<DocumentUpdate<Claim>> ChangeClaimAsync(string claimId, Func<Claim, Claim> change, CancellationToken cancellationToken = default) =>
        Claims.UpdateAsync(claimId, current =>
        {
            if (current is null)
            {
                return null;
            }

            var next = change(current.Body);
            return next == current.Body ? null : new DocumentWrite<Claim>(claimId, next, current.Partition, next.Status.Name());
        }, cancellationToken);
}
