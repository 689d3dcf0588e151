using MedCoder.Contracts;
using MedCoder.Storage;

namespace MedCoder.ClaimAssembly.Claims;

/// <summary>
/// A withdrawn encounter (EncounterWithdrawn; docs/architecture.md#corrections): the claim of its latest revision up to the
/// withdrawn one leaves the ready list (status withdrawn) when the payer does not have it, and the claim the payer has
/// is voided (<see cref="ClaimCorrections.VoidFor"/>): a new claim with frequency 8 delivered like any other. Every step is
/// idempotent (a compare-and-set that changes nothing the second time, a void whose id derives from the claim it cancels),
/// so a redelivered message or a crash half way finishes the same work. A mark of the withdrawal is stored first, so a
/// claim assembled later (its coding still in flight) is withdrawn when it is stored (<see cref="ApplyMarkAsync"/>).
/// </summary>
public sealed class ClaimWithdrawals(ClaimAssemblyCollections collections)
{
    public async Task WithdrawAsync(EncounterKey key, int revision, DateTimeOffset withdrawnAt, CancellationToken cancellationToken)
    {
        var markId = MarkId(key);
        var mark = await collections.WithdrawalMarks.UpdateAsync(markId, current => current switch
        {
            null => new DocumentWrite<WithdrawalMark>(markId, new WithdrawalMark(revision, withdrawnAt), key.Organization),
            { Body.Revision: var marked } when marked >= revision => null,
            _ => new DocumentWrite<WithdrawalMark>(markId, new WithdrawalMark(revision, withdrawnAt), current.Partition),
        }, cancellationToken);
        await WithdrawLatestClaimAsync(key, mark.Body!.Revision, mark.Body.WithdrawnAt, cancellationToken);
    }

    /// <summary>After a claim of <paramref name="revision"/> was stored: withdraws it when the encounter was withdrawn at or after that revision.</summary>
    public async Task ApplyMarkAsync(EncounterKey key, int revision, CancellationToken cancellationToken)
    {
        if (await collections.WithdrawalMarks.GetAsync(MarkId(key), cancellationToken) is { Body: { } mark } && mark.Revision >= revision)
        {
            await WithdrawLatestClaimAsync(key, mark.Revision, mark.WithdrawnAt, cancellationToken);
        }
    }

    /// <summary>
    /// Marks a claim delivered (webhook 2xx, batch file written). When the encounter was withdrawn while the push or file
    /// was under way, the payer has the claim after all: it is voided now, as a withdrawal of a delivered claim would be.
    /// </summary>
    public async Task MarkDeliveredAsync(string claimId, string by, DateTimeOffset at)
    {
        var update = await collections.ChangeClaimAsync(claimId, c => c.MarkDelivered(by, at));
        if (update is { Changed: true, Body: { Status: ClaimStatus.Delivered, WithdrawnAt: { } withdrawnAt, VoidedBy: null } delivered })
        {
            await WithdrawLatestClaimAsync(delivered.Key, delivered.Revision, withdrawnAt, CancellationToken.None);
        }
    }

    /// <summary>Same hex form as Intake's encounter head id: identifiers never appear in clear.</summary>
    public static string MarkId(EncounterKey key) => DeterministicId.Hex(key.Organization, key.SourceSystem, key.EncounterId);

    /// <summary>
    /// The claim of the latest revision up to <paramref name="revision"/> stands for the encounter (earlier ones were
    /// superseded or replaced by it). A superseded one there means a later revision, sent after the withdrawal, took over.
    /// </summary>
    private async Task WithdrawLatestClaimAsync(EncounterKey key, int revision, DateTimeOffset at, CancellationToken cancellationToken)
    {
        for (var r = revision; r >= Math.Max(1, revision - MaxRevisionsBack); r--)
        {
            var claimId = ClaimBuilder.ClaimIdFor(key, r);
            var update = await collections.ChangeClaimAsync(claimId, c => c.Withdraw(at, ClaimCorrections.VoidFor(c, at)?.Id), cancellationToken);
            if (update.Body is not { } claim)
            {
                continue;
            }

            if (claim.VoidedBy is not null && ClaimCorrections.VoidFor(claim, at) is { } voiding)
            {
                await collections.Claims.InsertIfAbsentAsync(new DocumentWrite<Claim>(voiding.Id, voiding, voiding.PayerId, voiding.Status.Name()), cancellationToken);
                await MarkPayerClaimVoidedAsync(claim.Id, voiding, cancellationToken);
            }

            return;
        }
    }

    /// <summary>An unsent replacement was withdrawn and the claim it would have replaced voided: that claim records its void too.</summary>
    private async Task MarkPayerClaimVoidedAsync(string withdrawnId, Claim voiding, CancellationToken cancellationToken)
    {
        if (voiding.Corrects is { } payerHeld && payerHeld != withdrawnId)
        {
            await collections.ChangeClaimAsync(payerHeld, c => c.Withdraw(voiding.AssembledAt, voiding.Id), cancellationToken);
        }
    }

    /// <summary>How far back the withdrawal looks for the encounter's claim (as ClaimService does for corrections).</summary>
    private const int MaxRevisionsBack = 20;
}
