using MedCoder.Contracts;
using MedCoder.Contracts.Claims;
using MedCoder.Contracts.Compliance;
using MedCoder.Contracts.Intake;
using MedCoder.ServiceDefaults.Messaging;
using MedCoder.ServiceDefaults.Telemetry;
using MedCoder.Storage;

namespace MedCoder.ClaimAssembly.Claims;

/// <summary>
/// One claim per encounter revision: the claim id is derived from the revision, so redelivery cannot make a second
/// one. A revision that breaks a claim rule gets a rejection under that id instead, and Intake learns of it through
/// EncounterFailed.
/// </summary>
public sealed class ClaimService(ClaimAssemblyCollections collections, PipelineMetrics metrics, TimeProvider clock)
{
    public async Task AssembleAsync(CodingValidated validated, CancellationToken cancellationToken)
    {
        var claimId = ClaimBuilder.ClaimIdFor(validated.Key, validated.Revision);
        if (await collections.Claims.GetAsync(claimId, cancellationToken) is not null
            || await collections.Rejections.GetAsync(claimId, cancellationToken) is not null)
        {
            return;
        }

        var broken = ClaimLimitCheck.Check(validated.Encounter, ClaimBuilder.Diagnoses(validated).Count);
        if (broken.Count > 0)
        {
            await RejectAsync(validated, claimId, broken, cancellationToken);
            return;
        }

        var claim = ClaimBuilder.Build(validated, clock.GetUtcNow());
        var assembled = new ClaimAssembled(validated.Key, validated.Revision, validated.CorrelationId, claim.Id, claim.PayerId, claim.TotalCharge, claim.ReceivedAt, claim.AssembledAt);
        var write = new DocumentWrite<Claim>(claim.Id, claim, claim.PayerId, claim.Status.Name(), [OutboxMessages.For(assembled, Stages.ClaimAssembled)]);
        if ((await collections.Claims.InsertIfAbsentAsync(write, cancellationToken)).Inserted)
        {
            collections.OutboxSignal.Notify();
            metrics.Processed(Stages.ClaimAssembled, claim.Format, claim.AssembledAt - claim.ReceivedAt);
        }
    }

    private async Task RejectAsync(CodingValidated validated, string claimId, IReadOnlyList<string> broken, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var reason = "claim rules failed: " + string.Join(", ", broken);
        var rejection = new ClaimRejection(claimId, validated.Key, validated.Revision, broken, reason, now);
        var failed = new EncounterFailed(validated.Key, validated.Revision, validated.CorrelationId, Stages.ClaimAssembled, reason);
        var write = new DocumentWrite<ClaimRejection>(claimId, rejection, validated.Key.Organization, Stages.Failed, [OutboxMessages.For(failed, Stages.Failed)]);
        if ((await collections.Rejections.InsertIfAbsentAsync(write, cancellationToken)).Inserted)
        {
            collections.OutboxSignal.Notify();
            metrics.Processed(Stages.ClaimAssembled, Stages.Failed, now - validated.ReceivedAt);
        }
    }
}
