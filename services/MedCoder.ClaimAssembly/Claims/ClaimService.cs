using MedCoder.Contracts;
using MedCoder.Contracts.Claims;
using MedCoder.Contracts.Compliance;
using MedCoder.ServiceDefaults.Messaging;
using MedCoder.ServiceDefaults.Telemetry;
using MedCoder.Storage;

namespace MedCoder.ClaimAssembly.Claims;

/// <summary>One claim per encounter revision: the claim id is derived from the revision, so redelivery cannot make a second one.</summary>
public sealed class ClaimService(ClaimAssemblyCollections collections, PipelineMetrics metrics, TimeProvider clock)
{
    public async Task AssembleAsync(CodingValidated validated, CancellationToken cancellationToken)
    {
        var claimId = ClaimBuilder.ClaimIdFor(validated.Key, validated.Revision);
        if (await collections.Claims.GetAsync(claimId, cancellationToken) is not null)
        {
            return;
        }

        var claim = ClaimBuilder.Build(validated, clock.GetUtcNow());
        var assembled = new ClaimAssembled(validated.Key, validated.Revision, validated.CorrelationId, claim.Id, claim.PayerId, claim.TotalCharge, claim.ReceivedAt, claim.AssembledAt);
        var write = new DocumentWrite<Claim>(claim.Id, claim, claim.PayerId, claim.Status, [OutboxMessages.For(assembled, Stages.ClaimAssembled)]);
        if ((await collections.Claims.InsertIfAbsentAsync(write, cancellationToken)).Inserted)
        {
            collections.OutboxSignal.Notify();
            metrics.Processed(Stages.ClaimAssembled, claim.Format, claim.AssembledAt - claim.ReceivedAt);
        }
    }
}
