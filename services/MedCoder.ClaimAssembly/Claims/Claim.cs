using MedCoder.Contracts;
using MedCoder.Contracts.Encounters;

namespace MedCoder.ClaimAssembly.Claims;

public static class ClaimStatus
{
    public const string Ready = "ready";
    public const string Acknowledged = "acknowledged";
}

public sealed record ClaimDiagnosis(int Pointer, string Code, string Description);

public sealed record ClaimLine(int Number, string Code, IReadOnlyList<string> Modifiers, int Units, decimal Amount, IReadOnlyList<int> DiagnosisPointers)
{
    /// <summary>What the documentation says about this charge; null when no documented service touches it (added field).</summary>
    public ChargeReconciliation? Reconciliation { get; init; }
}

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
    string Status,
    DateTimeOffset? AcknowledgedAt = null)
{
    /// <summary>Documented services with no charge, for revenue integrity; not billed (added field: empty on claims stored before it).</summary>
    public IReadOnlyList<UnbilledService> UnbilledServices { get; init; } = [];
}
