using MedCoder.ClaimAssembly.Billing;
using MedCoder.ClaimAssembly.Delivery;
using MedCoder.Contracts;
using MedCoder.Contracts.Claims;
using MedCoder.Contracts.Compliance;
using MedCoder.Contracts.Intake;
using MedCoder.ServiceDefaults.Messaging;
using MedCoder.ServiceDefaults.Telemetry;
using MedCoder.Storage;
using Microsoft.Extensions.Options;

namespace MedCoder.ClaimAssembly.Claims;

/// <summary>
/// One claim per encounter revision: the claim id is derived from the revision, so redelivery cannot make a second
/// one. A revision that breaks a claim rule gets a rejection under that id instead, and Intake learns of it through
/// EncounterFailed. A claim for a payer that takes X12 whose encounter lacks what the 837 requires goes back to the coder
/// worklist (ClaimReturned); a coder's later coding version rebuilds a claim that waits for that correction
/// (docs/architecture.md#worklist-and-audit).
/// </summary>
public sealed class ClaimService(ClaimAssemblyCollections collections, IOptions<DeliverySettings> delivery, PipelineMetrics metrics, TimeProvider clock)
{
    // A revision withdrawn before its claim was stored (docs/architecture.md#corrections) is withdrawn once it is.
    private readonly ClaimWithdrawals _withdrawals = new(collections);

    public async Task AssembleAsync(CodingValidated validated, CancellationToken cancellationToken)
    {
        var claimId = ClaimBuilder.ClaimIdFor(validated.Key, validated.Revision);
        if (await collections.Claims.GetAsync(claimId, cancellationToken) is { } existing)
        {
            if (existing.Body.AwaitsCorrection)
            {
                await ResubmitAsync(validated, cancellationToken);
            }

            await _withdrawals.ApplyMarkAsync(validated.Key, validated.Revision, cancellationToken);
            return;
        }

        if (await collections.Rejections.GetAsync(claimId, cancellationToken) is not null)
        {
            await _withdrawals.ApplyMarkAsync(validated.Key, validated.Revision, cancellationToken);
            return;
        }

        var broken = ClaimLimitCheck.Check(validated.Encounter, ClaimBuilder.Diagnoses(validated).Count);
        if (broken.Count > 0)
        {
            await RejectAsync(validated, claimId, broken, cancellationToken);
            return;
        }

        var claim = ClaimBuilder.Build(validated, clock.GetUtcNow()) with { CodingVersion = validated.CodingVersion };
        claim = ClaimCorrections.Correct(claim, await SupersedeEarlierAsync(validated, claim.Id, cancellationToken));
        var (checkedClaim, outbox) = Checked(claim, validated);
        var write = new DocumentWrite<Claim>(claim.Id, checkedClaim, claim.PayerId, checkedClaim.Status.Name(), outbox);
        if ((await collections.Claims.InsertIfAbsentAsync(write, cancellationToken)).Inserted)
        {
            collections.OutboxSignal.Notify();
            metrics.Processed(Stages.ClaimAssembled, checkedClaim.Status == ClaimStatus.Returned ? ClaimReturnKinds.Incomplete : claim.Format, claim.AssembledAt - claim.ReceivedAt);
        }

        await _withdrawals.ApplyMarkAsync(validated.Key, validated.Revision, cancellationToken);
    }

    /// <summary>
    /// The claim as stored and what it publishes: ClaimAssembled, or — for a payer configured to take X12 (webhook in X12,
    /// or batch files) when the 837 lacks required fields — the claim returned, and ClaimReturned naming the fields. A payer
    /// that pulls may still take JSON or FHIR; asking it for an 837 answers 422 naming the same fields.
    /// </summary>
    private (Claim Claim, IReadOnlyList<OutboxMessage> Outbox) Checked(Claim claim, CodingValidated validated)
    {
        if (TakesX12(claim.PayerId) && BillingClaimBuilder.Build(claim).MissingFields is { Count: > 0 } missing)
        {
            var returned = claim.ReturnIncomplete();
            var message = new ClaimReturned(validated.Key, validated.Revision, validated.CorrelationId, claim.Id, ClaimReturnKinds.Incomplete, missing, clock.GetUtcNow());
            return (returned, [OutboxMessages.For(message, $"claim-returned-{returned.Returns}")]);
        }

        var assembled = new ClaimAssembled(validated.Key, validated.Revision, validated.CorrelationId, claim.Id, claim.PayerId, claim.TotalCharge, claim.ReceivedAt, claim.AssembledAt);
        return (claim, [OutboxMessages.For(assembled, claim.Resubmissions == 0 ? Stages.ClaimAssembled : $"{Stages.ClaimAssembled}-{claim.Resubmissions}")]);
    }

    private bool TakesX12(string payerId) =>
        delivery.Value.Payers.TryGetValue(payerId, out var payer) && payer.TakesX12;

    /// <summary>A coder corrected a claim that came back: rebuilt in place, checked again, by compare-and-set (a redelivery changes nothing).</summary>
    private async Task ResubmitAsync(CodingValidated validated, CancellationToken cancellationToken)
    {
        var claimId = ClaimBuilder.ClaimIdFor(validated.Key, validated.Revision);
        var corrected = ClaimBuilder.Build(validated, clock.GetUtcNow()) with { CodingVersion = validated.CodingVersion };
        var update = await collections.Claims.UpdateAsync(claimId, current =>
        {
            if (current is null || current.Body.Resubmit(corrected) is not { } next || next == current.Body)
            {
                return null;
            }

            var (checkedClaim, outbox) = Checked(next, validated);
            return new DocumentWrite<Claim>(claimId, checkedClaim, current.Partition, checkedClaim.Status.Name(), outbox);
        }, cancellationToken);
        if (update.Changed)
        {
            collections.OutboxSignal.Notify();
        }
    }

    /// <summary>
    /// The claim of the latest earlier revision, after superseding it when the payer does not have it yet
    /// (docs/architecture.md#corrections). Superseding comes first, by compare-and-set, so a claim delivered meanwhile is
    /// replaced rather than superseded; a redelivered message finds it already superseded by the same claim.
    /// </summary>
    private async Task<Claim?> SupersedeEarlierAsync(CodingValidated validated, string claimId, CancellationToken cancellationToken)
    {
        for (var revision = validated.Revision - 1; revision >= Math.Max(1, validated.Revision - MaxRevisionsBack); revision--)
        {
            var earlierId = ClaimBuilder.ClaimIdFor(validated.Key, revision);
            var update = await collections.ChangeClaimAsync(earlierId, c => c.Supersede(claimId), cancellationToken);
            if (update.Body is { } earlier)
            {
                return earlier;
            }
        }

        return null;
    }

    /// <summary>How far back a new revision looks for the claim it corrects (revisions that broke a claim rule have none).</summary>
    private const int MaxRevisionsBack = 20;

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
