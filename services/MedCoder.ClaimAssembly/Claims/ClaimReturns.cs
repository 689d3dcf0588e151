namespace MedCoder.ClaimAssembly.Claims;

// A claim that goes back to the coder worklist and comes back corrected (docs/architecture.md#worklist-and-audit).
public sealed partial record Claim
{
    /// <summary>The coding version the claim was built from (CodingValidated.CodingVersion); null is 1 (added field).</summary>
    public int? CodingVersion { get; init; }

    /// <summary>How often this claim was handed back to the worklist (ClaimReturned); numbers each return's message id.</summary>
    public int Returns { get; init; }

    /// <summary>How often a coder's correction rebuilt it after a return; part of the delivery idempotency key, so a payer never takes the corrected claim for a duplicate.</summary>
    public int Resubmissions { get; init; }

    /// <summary>Waits for a coder's correction: rejected by the payer, or returned for fields the 837 lacks.</summary>
    public bool AwaitsCorrection => Status is ClaimStatus.Rejected or ClaimStatus.Returned;

    /// <summary>Handed back for the 837's missing fields before it was ever sent.</summary>
    public Claim ReturnIncomplete() => this with { Status = ClaimStatus.Returned, Returns = Returns + 1 };

    /// <summary>
    /// A coder's later coding <paramref name="corrected"/> (built fresh) takes this claim's place under the same id: a new
    /// interchange, a fresh delivery, the correction links (replacement/void reference) kept. Only a claim that awaits a
    /// correction and only a later coding version; otherwise this claim is returned unchanged.
    /// </summary>
    public Claim Resubmit(Claim corrected) => AwaitsCorrection && (corrected.CodingVersion ?? 1) > (CodingVersion ?? 1)
        ? corrected with
        {
            Frequency = Frequency,
            PayerClaimReference = PayerClaimReference,
            Corrects = Corrects,
            Returns = Returns,
            Resubmissions = Resubmissions + 1,
        }
        : this;
}
