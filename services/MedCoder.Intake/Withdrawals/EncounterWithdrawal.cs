using MedCoder.Contracts;
using MedCoder.Contracts.Intake;
using MedCoder.Intake.Submissions;
using MedCoder.Intake.Tracking;
using MedCoder.ServiceDefaults.Messaging;
using MedCoder.Storage;

namespace MedCoder.Intake.Withdrawals;

public enum WithdrawalResult { Withdrawn, AlreadyWithdrawn, NotFound, NotLatest }

/// <param name="LatestRevisionId">For <see cref="WithdrawalResult.NotLatest"/>: the resource id of the revision to withdraw instead.</param>
public sealed record WithdrawalOutcome(WithdrawalResult Result, EncounterRecord? Record, string? LatestRevisionId = null);

/// <summary>
/// The hospital withdraws an encounter (docs/architecture.md#corrections): its latest accepted revision is marked
/// withdrawn and EncounterWithdrawn is published through the outbox, in one compare-and-set write of the record (the
/// message id is derived from key, revision and stage, so a retried write publishes the same message). Withdrawing again
/// answers the record as it is. Only the latest revision can be withdrawn: an older one is already corrected by a newer
/// one, and withdrawing it would leave the newer claim standing. A higher revision sent after a withdrawal is accepted as
/// a new submission (RevisionGate still refuses lower ones); its claim is an original, as the payer's claim was voided.
/// </summary>
public sealed class EncounterWithdrawal(IntakeCollections collections, TimeProvider clock)
{
    public async Task<WithdrawalOutcome> WithdrawAsync(string id, Func<string, bool> canAccessOrganization, CancellationToken cancellationToken)
    {
        if (await collections.Encounters.GetAsync(id, cancellationToken) is not { } stored || !canAccessOrganization(stored.Body.Encounter.Key.Organization))
        {
            return new WithdrawalOutcome(WithdrawalResult.NotFound, null);
        }

        var key = stored.Body.Encounter.Key;
        var revision = stored.Body.Encounter.Revision;
        if (await collections.EncounterHeads.GetAsync(RevisionGate.HeadId(key), cancellationToken) is { Body.LatestRevision: var latest } && latest > revision)
        {
            return new WithdrawalOutcome(WithdrawalResult.NotLatest, stored.Body, key.ResourceId(latest));
        }

        var now = clock.GetUtcNow();
        var update = await collections.Encounters.UpdateAsync(id, current =>
        {
            if (current is null || current.Body.WithdrawnAt is not null)
            {
                return null;
            }

            var record = current.Body;
            var withdrawn = StageTracker.Withdraw(record, now);
            var message = new EncounterWithdrawn(key, revision, record.CorrelationId, now);
            return new DocumentWrite<EncounterRecord>(id, withdrawn, current.Partition, withdrawn.Stage, [OutboxMessages.For(message, Stages.Withdrawn)]);
        }, cancellationToken);

        if (update.Changed)
        {
            collections.OutboxSignal.Notify();
            return new WithdrawalOutcome(WithdrawalResult.Withdrawn, update.Body);
        }

        return new WithdrawalOutcome(WithdrawalResult.AlreadyWithdrawn, update.Body);
    }
}
