using MedCoder.Contracts;
using MedCoder.Contracts.Coding;
using MedCoder.Contracts.Encounters;

namespace MedCoder.ClaimAssembly.Claims;

/// <summary>A payer-ready claim (the JSON form; X12 837P/837I and FHIR Claim renderings build on it).</summary>
public sealed record Claim(
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

    /// <summary>The payer confirmed receipt at <paramref name="at"/>. Acknowledging again returns this claim unchanged: the first time is kept.</summary>
    public Claim Acknowledge(DateTimeOffset at) => Status switch
    {
        ClaimStatus.Acknowledged => this,
        _ => this with { Status = ClaimStatus.Acknowledged, AcknowledgedAt = at },
    };
}
