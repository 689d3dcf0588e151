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

    public IDocumentCollection<Claim> Claims { get; } = store.Collection<Claim>(ClaimsName);

    /// <summary>Encounters refused by a claim rule, keyed by the claim id they would have had.</summary>
    public IDocumentCollection<ClaimRejection> Rejections { get; } = store.Collection<ClaimRejection>(RejectionsName);

    /// <summary>The X12 control-number counter (<see cref="X12.ControlNumbers"/>).</summary>
    public IDocumentCollection<ControlNumberCounter> ControlNumbers { get; } = store.Collection<ControlNumberCounter>(ControlNumbersName);

    /// <summary>What each functional group sent carried, for reading a payer's 999.</summary>
    public IDocumentCollection<SentGroup> SentGroups { get; } = store.Collection<SentGroup>(SentGroupsName);

    /// <summary>Every push attempt (<see cref="Delivery.DeliveryAttempt"/>), partitioned by claim id, status the outcome.</summary>
    public IDocumentCollection<Delivery.DeliveryAttempt> DeliveryAttempts { get; } = store.Collection<Delivery.DeliveryAttempt>(DeliveryAttemptsName);

    public OutboxSignal OutboxSignal { get; } = outboxSignal;
}
