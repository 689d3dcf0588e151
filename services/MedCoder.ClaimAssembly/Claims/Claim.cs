using System.Text.Json.Serialization;
using MedCoder.Contracts;
using MedCoder.Contracts.Coding;
using MedCoder.Contracts.Encounters;
using MedCoder.ClaimAssembly.Delivery;

namespace MedCoder.ClaimAssembly.Claims;

/// <summary>A payer-ready claim (the JSON form; X12 837P/837I and FHIR Claim renderings build on it).</summary>
public sealed partial record Claim(
    string Id,
    string Format,
    EncounterKey Key,
    int Revision,
    string PayerId,
    string MemberId,
    Patient Patient,
    string BillingProviderNpi,
    string RenderingProviderNpi,
    string PlaceOfService,
    DateOnly ServiceStart,
    DateOnly ServiceEnd,
    IReadOnlyList<ClaimDiagnosis> Diagnoses,
    IReadOnlyList<ClaimLine> Lines,
    decimal TotalCharge,
    string CodeSetVersion,
    DateTimeOffset ReceivedAt,
    DateTimeOffset AssembledAt,
    ClaimStatus Status,
    DateTimeOffset? AcknowledgedAt = null)
{
    /// <summary>Documented services with no charge, for revenue integrity; not billed (added field: empty on claims stored before it).</summary>
    public IReadOnlyList<UnbilledService> UnbilledServices { get; init; } = [];

    // What the X12 837 and the FHIR Claim carry besides the above (added fields: null or empty on claims stored
    // before them, and on encounters sent without them; the 837 is then refused, naming them).

    /// <summary>professional (837P) or institutional (837I), as <see cref="ClaimForms.For"/> decided; read from <see cref="Format"/>, not stored twice.</summary>
    [JsonIgnore]
    public ClaimForm Form => Format == "institutional" ? ClaimForm.Institutional : ClaimForm.Professional;

    public BillingProvider? BillingProvider { get; init; }

    public PersonName? RenderingProviderName { get; init; }

    public Subscriber? Subscriber { get; init; }

    public string? PayerName { get; init; }

    /// <summary>SBR09 as the encounter's coverage named it (<see cref="ClaimFilingIndicators"/>); null: CI (added field).</summary>
    public string? ClaimFilingIndicator { get; init; }

    public InstitutionalStay? Institutional { get; init; }

    /// <summary>ICD-10-PCS procedures in sequence (principal first), billed on an 837I.</summary>
    public IReadOnlyList<ClaimProcedure> Procedures { get; init; } = [];

    /// <summary>The X12 interchange this claim was first rendered in; kept so a second request renders the same file (docs/architecture.md#claims-x12-and-fhir).</summary>
    public X12Control? X12 { get; init; }

    /// <summary>Why the payer rejected the claim (a 999 or 277CA reason; codes only, never claim content).</summary>
    public string? RejectionReason { get; init; }

    public DateTimeOffset? RejectedAt { get; init; }

    /// <summary>
    /// The payer confirmed receipt at <paramref name="at"/>, with its own claim control number when its 277CA gave one
    /// (<paramref name="payerClaimNumber"/>, REF*1K). Acknowledging again keeps the first time; a number learnt later is added.
    /// </summary>
    /// <remarks>A rejected claim stays rejected until a coder's correction resubmits it (<see cref="Resubmit"/>).</remarks>
    public Claim Acknowledge(DateTimeOffset at, string? payerClaimNumber = null) => Status switch
    {
        ClaimStatus.Rejected or ClaimStatus.Superseded or ClaimStatus.Withdrawn or ClaimStatus.Returned => this,
        ClaimStatus.Acknowledged => PayerClaimNumber is null && payerClaimNumber is not null ? this with { PayerClaimNumber = payerClaimNumber } : this,
        _ => this with { Status = ClaimStatus.Acknowledged, AcknowledgedAt = at, PayerClaimNumber = PayerClaimNumber ?? payerClaimNumber },
    };

    /// <summary>The payer's own claim control number for this claim (a 277CA's REF*1K); added field, null until captured.</summary>
    public string? PayerClaimNumber { get; init; }

    /// <summary>
    /// The payer refused the claim (999 or 277CA): it goes back to the coder worklist, one more of its <see cref="Returns"/>.
    /// The first rejection and its reason are kept.
    /// </summary>
    public Claim Reject(string reason, DateTimeOffset at) => Status switch
    {
        ClaimStatus.Rejected or ClaimStatus.Superseded or ClaimStatus.Returned or ClaimStatus.Withdrawn => this,
        _ => this with { Status = ClaimStatus.Rejected, RejectionReason = reason, RejectedAt = at, Returns = Returns + 1 },
    };

    // Corrections (docs/architecture.md#corrections; added fields: null on claims stored before them, an original).

    /// <summary>CLM05-3 (<see cref="ClaimFrequency"/>); null is an original (1).</summary>
    public string? Frequency { get; init; }

    /// <summary>REF*F8: the payer's reference of the claim a replacement or void corrects (the corrected claim's CLM01).</summary>
    public string? PayerClaimReference { get; init; }

    /// <summary>The corrected claim's <see cref="PayerClaimNumber"/> when the payer gave one: REF*F8 then carries it instead of our CLM01 (added field).</summary>
    public string? CorrectedPayerClaimNumber { get; init; }

    /// <summary>The void (frequency 8) that cancels this claim at the payer after the encounter was withdrawn (added field).</summary>
    public string? VoidedBy { get; init; }

    /// <summary>When the encounter was withdrawn before the payer had this claim (status withdrawn), or when this claim was voided (added field).</summary>
    public DateTimeOffset? WithdrawnAt { get; init; }

    /// <summary>
    /// The hospital withdrew the encounter (docs/architecture.md#corrections). A claim the payer does not have yet (ready or a
    /// dead letter, returned to the worklist, or rejected by the payer) leaves the ready list as <c>withdrawn</c>; a claim the payer has stays as it is and is voided by
    /// <paramref name="voidId"/> (null when there is nothing to void). Withdrawing again changes nothing.
    /// </summary>
    public Claim Withdraw(DateTimeOffset at, string? voidId) => Status switch
    {
        // Never adjudicated: not yet sent, back on the worklist, or rejected by the payer's front end. Nothing to void.
        ClaimStatus.Ready or ClaimStatus.DeadLetter or ClaimStatus.Returned or ClaimStatus.Rejected => this with { Status = ClaimStatus.Withdrawn, WithdrawnAt = at, VoidedBy = voidId },
        ClaimStatus.Delivered or ClaimStatus.Acknowledged when VoidedBy is null && voidId is not null => this with { VoidedBy = voidId, WithdrawnAt = at },
        _ => this,
    };

    /// <summary>The earlier revision's claim this one supersedes or replaces.</summary>
    public string? Corrects { get; init; }

    /// <summary>The later revision's claim that superseded this one.</summary>
    public string? SupersededBy { get; init; }

    /// <summary>
    /// A later revision's claim <paramref name="successorId"/> takes this one's place: when the payer does not have it yet
    /// (ready, or a dead letter) it is superseded and leaves the ready list; otherwise it is left as it is (the successor is a
    /// replacement). Superseding again by the same successor changes nothing.
    /// </summary>
    public Claim Supersede(string successorId) => Status is ClaimStatus.Ready or ClaimStatus.DeadLetter
        ? this with { Status = ClaimStatus.Superseded, SupersededBy = successorId }
        : this;

    /// <summary>How the claim's push or batch delivery stands (docs/architecture.md#delivery); null for pull-only payers (added field).</summary>
    public ClaimDelivery? Delivery { get; init; }

    /// <summary>
    /// Delivered to the payer (webhook answered 2xx, or the batch file named by <paramref name="by"/> was written). A claim
    /// withdrawn while its push or file was under way is delivered all the same (the payer has it; <see cref="WithdrawnAt"/>
    /// stays), so that it is voided (<see cref="ClaimWithdrawals.MarkDeliveredAsync"/>).
    /// </summary>
    public Claim MarkDelivered(string by, DateTimeOffset at) => Status == ClaimStatus.Ready || (Status == ClaimStatus.Withdrawn && VoidedBy is null)
        ? this with { Status = ClaimStatus.Delivered, Delivery = (Delivery ?? ClaimDelivery.New) with { DeliveredAt = at, DeliveredBy = by, LastOutcome = "delivered", PendingFile = null } }
        : this;

    /// <summary>The claim goes into batch file <paramref name="file"/>, about to be written: a crash before it is marked delivered is resolved by whether that file exists.</summary>
    public Claim BatchPending(string file) => Status == ClaimStatus.Ready
        ? this with { Delivery = (Delivery ?? ClaimDelivery.New) with { PendingFile = file } }
        : this;

    /// <summary>A delivery round failed: try again at <paramref name="retryAt"/>, or give up (dead letter) when <paramref name="retryAt"/> is null.</summary>
    public Claim DeliveryFailed(string outcome, DateTimeOffset? retryAt)
    {
        if (Status != ClaimStatus.Ready)
        {
            return this;
        }

        var delivery = (Delivery ?? ClaimDelivery.New) with { Rounds = (Delivery?.Rounds ?? 0) + 1, DueAt = retryAt, LastOutcome = outcome };
        return retryAt is null ? this with { Status = ClaimStatus.DeadLetter, Delivery = delivery } : this with { Delivery = delivery };
    }

    /// <summary>Delivery paused without counting a round (the payer's circuit is open): try again at <paramref name="retryAt"/>.</summary>
    public Claim DeliveryDeferred(string outcome, DateTimeOffset retryAt) =>
        Status == ClaimStatus.Ready ? this with { Delivery = (Delivery ?? ClaimDelivery.New) with { DueAt = retryAt, LastOutcome = outcome } } : this;

    /// <summary>An operator sends a dead-lettered claim again: back to ready with a fresh retry budget.</summary>
    public Claim Redeliver() => Status == ClaimStatus.DeadLetter
        ? this with { Status = ClaimStatus.Ready, Delivery = (Delivery ?? ClaimDelivery.New) with { Rounds = 0, DueAt = null, LastOutcome = "redelivery" } }
        : this;

    /// <summary>Records the interchange the claim was first rendered in; a claim that already has one keeps it.</summary>
    public Claim WithX12(X12Control control) => X12 is null ? this with { X12 = control } : this;
}
