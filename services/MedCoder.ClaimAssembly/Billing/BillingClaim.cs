using MedCoder.Contracts.Encounters;

namespace MedCoder.ClaimAssembly.Billing;

/// <summary>
/// The claim as a payer receives it, in the terms of the X12 837 (005010X222A1 professional, 005010X223A2
/// institutional) and rendered from there to X12 or FHIR: one CLM with its parties, codes and lines. Built from the
/// stored claim by <see cref="BillingClaimBuilder"/>, read back from an 837 by the X12 reader (docs/architecture.md#claims-x12-and-fhir).
/// </summary>
/// <param name="ClaimId">CLM01, the patient control number: the claim id, with "-2", "-3" on the later parts of a split claim.</param>
/// <param name="FacilityCode">CLM05-1: place of service (837P) or the type of bill's facility and classification digits (837I).</param>
/// <param name="FrequencyCode">CLM05-3: 1 original, 7 replacement, 8 void (<see cref="Claims.ClaimFrequency"/>).</param>
/// <param name="Rendering">837P loop 2310B, sent when the rendering provider is not the billing provider.</param>
/// <param name="Attending">837I loop 2310A.</param>
/// <param name="Patient">Loop 2000C/2010CA, sent when the patient is not the subscriber.</param>
public sealed record BillingClaim(
    ClaimForm Form,
    string ClaimId,
    decimal TotalCharge,
    string FacilityCode,
    string FrequencyCode,
    BillingParty BillingProvider,
    ProviderParty? Rendering,
    ProviderParty? Attending,
    SubscriberParty Subscriber,
    PatientParty? Patient,
    PayerParty Payer,
    DateOnly ServiceStart,
    DateOnly ServiceEnd,
    IReadOnlyList<BillingDiagnosis> Diagnoses,
    IReadOnlyList<BillingProcedure> Procedures,
    InstitutionalCodes? Institutional,
    IReadOnlyList<BillingLine> Lines)
{
    /// <summary>2300 REF*F8, the payer claim control number a replacement (7) or void (8) corrects; null on an original.</summary>
    public string? PayerClaimReference { get; init; }

    /// <summary>True when <see cref="PayerClaimReference"/> is the payer's own claim control number (its 277CA's REF*1K), not our CLM01.</summary>
    public bool ReferenceIsPayerNumber { get; init; }
}

/// <summary>Loop 2010AA: the billing provider (an organization) and the billing office phone the submitter contact uses.</summary>
public sealed record BillingParty(string Npi, string Name, PostalAddress Address, string Taxonomy, string TaxId, string Phone);

/// <summary>A clinician (rendering or attending) with NPI, name and optional taxonomy.</summary>
public sealed record ProviderParty(string Npi, PersonName Name, string? Taxonomy);

/// <summary>
/// Loop 2000B/2010BA. <paramref name="IsPatient"/>: SBR02 = 18 and no patient loop. The subscriber's address and
/// demographics (N3/N4/DMG) are sent only when the subscriber is the patient ("If not required by this implementation
/// guide, do not send"; X12 RFI 2281), so they are null otherwise.
/// </summary>
public sealed record SubscriberParty(string MemberId, PersonName Name, DateOnly? BirthDate, AdministrativeSex? Sex, PostalAddress? Address, bool IsPatient);

/// <summary>Loop 2000C/2010CA; <paramref name="RelationshipCode"/> is PAT01 (01 spouse, 19 child, G8 other).</summary>
public sealed record PatientParty(PersonName Name, DateOnly BirthDate, AdministrativeSex Sex, PostalAddress Address, string RelationshipCode);

/// <summary>Loop 2010BB: the payer's name and id (NM109, qualifier PI); <paramref name="FilingIndicator"/> is loop 2000B's SBR09.</summary>
public sealed record PayerParty(string Name, string Id, string FilingIndicator = ClaimFilingIndicators.Default);

/// <summary>One HI entry: qualifier (ABK principal, ABJ admitting, APR reason for visit, ABF other), the code without its dot, POA on inpatient claims.</summary>
public sealed record BillingDiagnosis(string Qualifier, string Code, string? PresentOnAdmission);

/// <summary>An ICD-10-PCS procedure in HI: BBR principal, BBQ other, with its date.</summary>
public sealed record BillingProcedure(string Qualifier, string Code, DateOnly Date);

/// <summary>
/// 837I loop 2300: type of bill (3 digits), admission date and hour (DTP*435) and discharge hour (DTP*096) on inpatient
/// stays only, CL1 (admission type, source, patient status).
/// </summary>
public sealed record InstitutionalCodes(string TypeOfBill, DateOnly? AdmissionDate, int? AdmissionHour, string AdmissionType, string AdmissionSource, string DischargeStatus, int? DischargeHour = null);

/// <summary>Loop 2400: SV1 (837P) or SV2 (837I, with the revenue code), its dates (DTP*472) and up to 4 diagnosis pointers (837P).</summary>
public sealed record BillingLine(int Number, string? RevenueCode, string Code, IReadOnlyList<string> Modifiers, int Units, decimal Charge, IReadOnlyList<int> Pointers, DateOnly From, DateOnly To);
