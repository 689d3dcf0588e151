using MedCoder.ClaimAssembly.Billing;
using MedCoder.ClaimAssembly.Claims;
using MedCoder.ClaimAssembly.X12;
using MedCoder.Contracts;
using MedCoder.Contracts.Claims;
using MedCoder.ServiceDefaults.Messaging;
using MedCoder.Storage;

namespace MedCoder.ClaimAssembly.Acknowledgements;

/// <summary>What one acknowledgement did to one claim: its status after, or why nothing changed.</summary>
public sealed record AcknowledgementOutcome(string ClaimId, string Source, bool Accepted, string Reason, string? Status);

/// <summary>
/// Applies a payer's 999 or 277CA to the claims it names (docs/architecture.md#claims-x12-and-fhir): a 277CA acceptance
/// acknowledges the claim (<see cref="Claim.Acknowledge"/>), a 999 or 277CA rejection rejects it with the payer's
/// reason (<see cref="Claim.Reject"/>); a 999 acceptance only says the file's syntax was accepted and changes nothing.
/// A payer reaches only its own claims; a claim it cannot see is reported with no status. Rejected claims wait for
/// the coder worklist (ClaimReturned); a coder's correction resubmits them (docs/architecture.md#worklist-and-audit).
/// </summary>
public sealed class AcknowledgementService(ClaimAssemblyCollections collections, TimeProvider clock)
{
    public async Task<IReadOnlyList<AcknowledgementOutcome>> ApplyAsync(string x12, Func<string, bool> canAccessPayer, CancellationToken cancellationToken)
    {
        var outcomes = new List<AcknowledgementOutcome>();
        foreach (var ack in AcknowledgementReader.Read(x12))
        {
            foreach (var claimId in await ClaimIdsAsync(ack, canAccessPayer, cancellationToken))
            {
                var status = await ApplyAsync(claimId, ack, canAccessPayer, cancellationToken);
                outcomes.Add(new AcknowledgementOutcome(claimId, ack.Source, ack.Accepted, ack.Reason, status?.Name()));
            }
        }

        return outcomes;
    }

    private async Task<IReadOnlyList<string>> ClaimIdsAsync(ClaimAcknowledgement ack, Func<string, bool> canAccessPayer, CancellationToken cancellationToken)
    {
        if (ack.PatientControlNumber is { } pcn)
        {
            return [BillingClaimBuilder.ClaimIdOf(pcn)];
        }

        if (ack.GroupControlNumber is not { } group || await collections.SentGroups.GetAsync(SentGroup.IdFor(group), cancellationToken) is not { } sent || !canAccessPayer(sent.Body.PayerId))
        {
            return [];
        }

        return [.. sent.Body.Transactions.Where(t => t.SetControlNumber == ack.SetControlNumber).Select(t => BillingClaimBuilder.ClaimIdOf(t.PatientControlNumber)).Distinct()];
    }

    private async Task<ClaimStatus?> ApplyAsync(string claimId, ClaimAcknowledgement ack, Func<string, bool> canAccessPayer, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var update = await collections.Claims.UpdateAsync(claimId, current =>
        {
            if (current is null || !canAccessPayer(current.Body.PayerId) || (ack.Accepted && ack.Source == AcknowledgementReader.Implementation))
            {
                return null;
            }

            // The payer's claim number (REF*1K) names the CLM01 it acknowledges: kept when that is the claim's first part.
            var next = ack.Accepted ? current.Body.Acknowledge(now, ack.PatientControlNumber == claimId ? ack.PayerClaimNumber : null) : current.Body.Reject(ack.Reason, now);
            if (next == current.Body)
            {
                return null;
            }

            return next.Status == ClaimStatus.Rejected ? Returned(next, current.Partition ?? next.PayerId, now) : new DocumentWrite<Claim>(claimId, next, current.Partition, next.Status.Name());
        }, cancellationToken);
        if (update.Changed && update.Body is { Status: ClaimStatus.Rejected })
        {
            collections.OutboxSignal.Notify();
        }

        return update.Body is { } claim && canAccessPayer(claim.PayerId) ? claim.Status : null;
    }

    /// <summary>A rejected claim goes back to the coder worklist with the payer's reason (ClaimReturned in the claim's outbox).</summary>
    private static DocumentWrite<Claim> Returned(Claim claim, string partition, DateTimeOffset now)
    {
        var returned = new ClaimReturned(claim.Key, claim.Revision, DeterministicId.FromParts(claim.Id, "returned"), claim.Id, ClaimReturnKinds.PayerRejected, [claim.RejectionReason ?? "rejected"], now);
        return new DocumentWrite<Claim>(claim.Id, claim, partition, claim.Status.Name(), [OutboxMessages.For(returned, $"claim-returned-{claim.Returns}")]);
    }
}
