namespace MedCoder.ClaimAssembly.Claims;

/// <summary>
/// What a new revision's claim is to the claim of the revision before it (docs/architecture.md#corrections). Pure.
/// <list type="bullet">
/// <item>the earlier claim was superseded by this one (the payer never had it): this claim takes over whatever the earlier
/// one was — an original, or a replacement of the same payer claim;</item>
/// <item>the payer has the earlier claim (delivered or acknowledged): this one is a replacement (7) naming it (REF*F8);</item>
/// <item>otherwise (no earlier claim, or it was rejected): an original.</item>
/// </list>
/// </summary>
public static class ClaimCorrections
{
    public static Claim Correct(Claim next, Claim? earlier) => earlier switch
    {
        null => next,
        { Status: ClaimStatus.Superseded } when earlier.SupersededBy == next.Id =>
            next with { Frequency = earlier.Frequency, PayerClaimReference = earlier.PayerClaimReference, Corrects = earlier.Id },
        { Status: ClaimStatus.Delivered or ClaimStatus.Acknowledged } =>
            next with { Frequency = ClaimFrequency.Replacement, PayerClaimReference = earlier.Id, Corrects = earlier.Id },
        _ => next,
    };

    /// <summary>
    /// The void (8) of a claim the payer has: the same claim with CLM05-3 = 8 naming it in REF*F8. What triggers it (a
    /// withdrawn encounter) does not exist yet: Intake has no withdraw path.
    /// </summary>
    public static Claim Void(Claim claim) =>
        claim with { Frequency = ClaimFrequency.Void, PayerClaimReference = claim.Id, Corrects = claim.Id };
}
