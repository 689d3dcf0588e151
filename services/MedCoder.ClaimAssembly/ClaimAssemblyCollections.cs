using MedCoder.ClaimAssembly.Claims;
using MedCoder.Storage;

namespace MedCoder.ClaimAssembly;

public sealed class ClaimAssemblyCollections(IDocumentStore store, OutboxSignal outboxSignal)
{
    public const string ClaimsName = "claims";
    public const string RejectionsName = "rejections";

    public IDocumentCollection<Claim> Claims { get; } = store.Collection<Claim>(ClaimsName);

    /// <summary>Encounters refused by a claim rule, keyed by the claim id they would have had.</summary>
    public IDocumentCollection<ClaimRejection> Rejections { get; } = store.Collection<ClaimRejection>(RejectionsName);

    public OutboxSignal OutboxSignal { get; } = outboxSignal;
}
