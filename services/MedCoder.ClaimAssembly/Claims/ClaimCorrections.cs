using MedCoder.Contracts;

namespace MedCoder.ClaimAssembly.Claims;

/// <summary>
/// What a new revision's claim is to the claim of the revision before it (docs/architecture.md#corrections). Pure.
/// <list type="bullet">
/// <item>the earlier claim was superseded by this one (the payer never had it): this claim takes over whatever the earlier
/// one was — an original, or a replacement of the same payer claim;</item>
/// <item>the payer has the earlier claim (delivered or acknowledged) and it was not voided: this one is a replacement (7)
/// naming it (REF*F8: the payer's claim control number when its 277CA gave one, else the earlier CLM01);</item>
/// <item>otherwise (no earlier claim, it was rejected, withdrawn, or voided after a withdrawal): an original.</item>
/// </list>
/// </summary>
public static class ClaimCorrections
{
    public static Claim Correct(Claim next, Claim? earlier) => earlier switch
    {
        null => next,
        { Status: ClaimStatus.Superseded } when earlier.SupersededBy == next.Id =>
            next with { Frequency = earlier.Frequency, PayerClaimReference = earlier.PayerClaimReference, CorrectedPayerClaimNumber = earlier.CorrectedPayerClaimNumber, Corrects = earlier.Id },
        { Status: ClaimStatus.Delivered or ClaimStatus.Acknowledged, VoidedBy: null } =>
            next with { Frequency = ClaimFrequency.Replacement, PayerClaimReference = earlier.Id, CorrectedPayerClaimNumber = earlier.PayerClaimNumber, Corrects = earlier.Id },
        _ => next,
    };

    /// <summary>The id of the void that cancels claim <paramref name="claimId"/> (20 characters, as CLM01 allows): derived from it, so a redelivered withdrawal finds the same void.</summary>
    public static string VoidIdFor(string claimId) => "clm-" + DeterministicId.Hex(claimId, ClaimFrequency.Void);

    /// <summary>
    /// The void (8) a withdrawal of <paramref name="claim"/>'s encounter calls for, or null when the payer has nothing to
    /// cancel: a claim the payer has (delivered or acknowledged) is voided itself; an unsent replacement (frequency 7) means
    /// the payer still has the claim it would have replaced, which is voided instead. The void carries the claim's content
    /// with CLM05-3 = 8 and REF*F8 naming the payer's claim, and is delivered like any claim.
    /// </summary>
    public static Claim? VoidFor(Claim claim, DateTimeOffset at)
    {
        var (reference, payerNumber) = claim switch
        {
            { Status: ClaimStatus.Delivered or ClaimStatus.Acknowledged } => (claim.Id, claim.PayerClaimNumber),
            { Status: ClaimStatus.Ready or ClaimStatus.DeadLetter or ClaimStatus.Returned or ClaimStatus.Rejected or ClaimStatus.Withdrawn, Frequency: ClaimFrequency.Replacement, PayerClaimReference: { } corrected } =>
                (corrected, claim.CorrectedPayerClaimNumber),
            _ => ((string?)null, (string?)null),
        };
        // The void's id derives from the payer's claim it cancels: every path to the same payer claim makes the same void.
        return reference is null ? null : Void(claim, VoidIdFor(reference), reference, payerNumber, at);
    }

    /// <summary>The void of <paramref name="claim"/>, a claim the payer has, naming it.</summary>
    public static Claim Void(Claim claim) => Void(claim, VoidIdFor(claim.Id), claim.Id, claim.PayerClaimNumber, claim.AssembledAt);

    private static Claim Void(Claim claim, string voidId, string reference, string? payerNumber, DateTimeOffset at) => claim with
    {
        Id = voidId,
        Status = ClaimStatus.Ready,
        AssembledAt = at,
        AcknowledgedAt = null,
        Frequency = ClaimFrequency.Void,
        PayerClaimReference = reference,
        CorrectedPayerClaimNumber = payerNumber,
        Corrects = reference,
        SupersededBy = null,
        VoidedBy = null,
        WithdrawnAt = null,
        PayerClaimNumber = null,
        RejectionReason = null,
        RejectedAt = null,
        Delivery = null,
        X12 = null,
    };
}
