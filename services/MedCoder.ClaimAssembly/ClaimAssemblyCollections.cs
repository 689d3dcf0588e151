using MedCoder.ClaimAssembly.Claims;
using MedCoder.Storage;

namespace MedCoder.ClaimAssembly;

public sealed class ClaimAssemblyCollections(IDocumentStore store, OutboxSignal outboxSignal)
{
    public const string ClaimsName = "claims";

    public IDocumentCollection<Claim> Claims { get; } = store.Collection<Claim>(ClaimsName);

    public OutboxSignal OutboxSignal { get; } = outboxSignal;
}
