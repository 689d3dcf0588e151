using System.Globalization;
using MedCoder.ClaimAssembly.Claims;
using MedCoder.Contracts.Encounters;

namespace MedCoder.ClaimAssembly.Billing;

/// <summary>
/// Turns a stored claim into the 837's claims (docs/architecture.md#claims-x12-and-fhir). Pure. Refuses, naming the
/// fields, when the encounter lacked something the form requires; refuses past the diagnosis limit and the 837I line
/// limit; splits an 837P past 50 lines into claims of at most 50 (each with the same diagnoses). Never drops a code.
/// </summary>
public static class BillingClaimBuilder
{
    public const string DiagnosesLimit = "CLAIM-DIAGNOSIS-COUNT";
    public const string LinesLimit = "CLAIM-LINE-COUNT";
    public const string ProceduresLimit = "CLAIM-PROCEDURE-COUNT";

    /// <summary>837I HI: one principal procedure (BBR) and two segments of 12 others (BBQ).</summary>
    public const int MaxProcedures = 25;

    public static BillingResult Build(Claim claim)
    {
        var form = claim.Form;
        var missing = MissingFields(claim);
        var broken = new List<string>();
        if (claim.Diagnoses.Count > ClaimForms.MaxDiagnoses(form))
        {
            broken.Add($"{DiagnosesLimit} ({claim.Diagnoses.Count} diagnoses, the {FormName(form)} carries {ClaimForms.MaxDiagnoses(form)})");
        }

        if (claim.Procedures.Count > MaxProcedures)
        {
            broken.Add($"{ProceduresLimit} ({claim.Procedures.Count} procedures, the 837I carries {MaxProcedures})");
        }

        if (form == ClaimForm.Institutional && claim.Lines.Count > ClaimForms.MaxInstitutionalLines)
        {
            broken.Add($"{LinesLimit} ({claim.Lines.Count} lines, the 837I carries {ClaimForms.MaxInstitutionalLines})");
        }

        if (missing.Count > 0 || broken.Count > 0)
        {
            return new BillingResult([], missing, broken);
        }

        var parts = claim.Lines.Chunk(ClaimForms.MaxLines(form)).ToList();
        var claims = parts.Select((lines, i) => Part(claim, form, i + 1, lines)).ToList();
        return new BillingResult(claims, [], []);
    }

    /// <summary>
    /// CLM01 holds at most 20 characters (the guide: receivers need store no more of the patient control number). A claim id
    /// ("clm-" and 16 hex digits) is exactly that; a later part of a split claim drops the "clm-" prefix instead of growing
    /// past it: part 2 of "clm-0123456789abcdef" is "0123456789abcdef-2".
    /// </summary>
    public const int MaxPatientControlNumber = 20;

    private const string ClaimIdPrefix = "clm-";

    /// <summary>CLM01 of part <paramref name="part"/> (1 is the claim itself) of claim <paramref name="claimId"/>.</summary>
    public static string PartId(string claimId, int part)
    {
        if (part == 1)
        {
            return claimId;
        }

        var stem = claimId.StartsWith(ClaimIdPrefix, StringComparison.Ordinal) ? claimId[ClaimIdPrefix.Length..] : claimId;
        return stem + "-" + part.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>The claim id a part's CLM01 came from ("0123…-2" → "clm-0123…"; parts written before the 20-character rule, "clm-…-2", too).</summary>
    public static string ClaimIdOf(string patientControlNumber)
    {
        var dash = patientControlNumber.LastIndexOf('-');
        if (dash <= 0 || dash == patientControlNumber.Length - 1 || !patientControlNumber[(dash + 1)..].All(char.IsAsciiDigit))
        {
            return patientControlNumber;
        }

        var stem = patientControlNumber[..dash];
        return stem.StartsWith(ClaimIdPrefix, StringComparison.Ordinal) ? stem : stem.Contains('-', StringComparison.Ordinal) ? patientControlNumber : ClaimIdPrefix + stem;
    }

    public static string FormName(ClaimForm form) => form == ClaimForm.Institutional ? "837I" : "837P";

    private static BillingClaim Part(Claim claim, ClaimForm form, int part, ClaimLine[] lines)
    {
        var claimId = PartId(claim.Id, part);
        var subscriber = claim.Subscriber!;
        var self = subscriber.Relationship == SubscriberRelationship.Self;
        var institutional = form == ClaimForm.Institutional;
        var stay = claim.Institutional;
        var billing = claim.BillingProvider!;
        // CLM05-3: 1 original, 7 replacement, 8 void (docs/architecture.md#corrections); on the 837I it is the type of bill's last digit.
        var frequency = claim.Frequency ?? (institutional ? stay!.TypeOfBill[2..] : ClaimFrequency.Original);
        if (institutional)
        {
            stay = stay! with { TypeOfBill = stay.TypeOfBill[..2] + frequency };
        }

        var billingLines = lines.Select((l, i) => new BillingLine(
            i + 1,
            institutional ? l.RevenueCode : null,
            l.Code,
            l.Modifiers,
            l.Units,
            l.Amount,
            institutional ? [] : l.DiagnosisPointers,
            claim.ServiceStart,
            claim.ServiceEnd)).ToList();

        return new BillingClaim(
            form,
            claimId,
            billingLines.Sum(l => l.Charge),
            institutional ? stay!.TypeOfBill[..2] : claim.PlaceOfService,
            frequency,
            new BillingParty(claim.BillingProviderNpi, billing.Name, billing.Address, billing.Taxonomy, billing.TaxId, billing.Phone),
            !institutional && claim.RenderingProviderNpi != claim.BillingProviderNpi ? new ProviderParty(claim.RenderingProviderNpi, claim.RenderingProviderName!, null) : null,
            institutional ? new ProviderParty(stay!.Attending.Npi, stay.Attending.Name, stay.Attending.Taxonomy) : null,
            self
                ? new SubscriberParty(claim.MemberId, subscriber.Name, subscriber.BirthDate, subscriber.Sex, subscriber.Address, IsPatient: true)
                : new SubscriberParty(claim.MemberId, subscriber.Name, null, null, null, IsPatient: false),
            self ? null : new PatientParty(claim.Patient.Name!, claim.Patient.BirthDate, claim.Patient.Sex, claim.Patient.Address!, RelationshipCode(subscriber.Relationship)),
            new PayerParty(claim.PayerName!, claim.PayerId, claim.ClaimFilingIndicator ?? ClaimFilingIndicators.Default),
            claim.ServiceStart,
            claim.ServiceEnd,
            Diagnoses(claim, form),
            institutional && claim.Setting() == CareSetting.Inpatient
                ? claim.Procedures.Select((p, i) => new BillingProcedure(i == 0 ? "BBR" : "BBQ", p.Code.Replace(".", "", StringComparison.Ordinal), p.Date)).ToList()
                : [],
            institutional ? Codes(stay!, claim.Setting() == CareSetting.Inpatient) : null,
            billingLines)
        {
            PayerClaimReference = PayerClaimReference(claim, part),
            ReferenceIsPayerNumber = part == 1 && claim.PayerClaimReference is not null && claim.CorrectedPayerClaimNumber is not null,
        };
    }

    /// <summary>
    /// REF*F8 of a replacement or void: the payer's own claim control number of the corrected claim (its 277CA's REF*1K)
    /// when it was captured, otherwise the corrected claim's CLM01 (docs/architecture.md#corrections). The payer's
    /// number names the first part of a split claim only; later parts name their corrected part's CLM01.
    /// </summary>
    private static string? PayerClaimReference(Claim claim, int part) => claim.PayerClaimReference switch
    {
        null => null,
        { } reference when part == 1 => claim.CorrectedPayerClaimNumber ?? reference,
        { } reference => PartId(reference, part),
    };

    /// <summary>
    /// 837P: ABK then ABF. 837I: ABK principal; on an inpatient stay ABJ admitting (the principal: the encounter names no
    /// other) and a POA indicator on ABK/ABF (<see cref="PoaIndicator"/>); on an unscheduled outpatient visit (admission
    /// type 1, 2 or 5) APR, the patient's reason for the visit.
    /// </summary>
    private static List<BillingDiagnosis> Diagnoses(Claim claim, ClaimForm form)
    {
        var codes = claim.Diagnoses.Select(d => (Code: d.Code.Replace(".", "", StringComparison.Ordinal), d.PresentOnAdmission)).ToList();
        if (form == ClaimForm.Professional)
        {
            return codes.Select((d, i) => new BillingDiagnosis(i == 0 ? "ABK" : "ABF", d.Code, null)).ToList();
        }

        var inpatient = claim.Setting() == CareSetting.Inpatient;
        var result = new List<BillingDiagnosis> { new("ABK", codes[0].Code, inpatient ? PoaIndicator(codes[0].PresentOnAdmission) : null) };
        if (inpatient)
        {
            result.Add(new BillingDiagnosis("ABJ", codes[0].Code, null));
        }
        else if (claim.Institutional!.AdmissionType is "1" or "2" or "5")
        {
            result.Add(new BillingDiagnosis("APR", codes[0].Code, null));
        }

        result.AddRange(codes.Skip(1).Select(d => new BillingDiagnosis("ABF", d.Code, inpatient ? PoaIndicator(d.PresentOnAdmission) : null)));
        return result;
    }

    /// <summary>
    /// HI C022-09 from the coding's indicator: Y, N, U and W as coded; "1" (the code is on the POA-exempt list) is sent as
    /// no indicator, which is how 5010 reports an exempt code ("1" was the 4010 value); a diagnosis the coding gave no
    /// indicator gets U (documentation insufficient), which ComplianceEdit's POA edit warns about before the claim.
    /// </summary>
    public static string? PoaIndicator(string? coded) => coded?.Trim().ToUpperInvariant() switch
    {
        "Y" or "N" or "U" or "W" => coded.Trim().ToUpperInvariant(),
        "1" => null,
        _ => "U",
    };

    /// <summary>DTP*435 (admission date and hour) and DTP*096 (discharge hour) are sent on inpatient claims only.</summary>
    private static InstitutionalCodes Codes(InstitutionalStay stay, bool inpatient) =>
        new(stay.TypeOfBill, inpatient ? stay.AdmissionDate : null, inpatient ? stay.AdmissionHour : null, stay.AdmissionType, stay.AdmissionSource, stay.DischargeStatus, inpatient ? stay.DischargeHour : null);

    private static List<string> MissingFields(Claim claim)
    {
        var missing = new List<string>();
        void Need(bool present, string field)
        {
            if (!present)
            {
                missing.Add(field);
            }
        }

        Need(claim.BillingProvider is not null, "billingProvider");
        Need(claim.Subscriber is not null, "subscriber");
        Need(claim.PayerName is not null, "coverage.payerName");
        if (claim.Subscriber is { Relationship: not SubscriberRelationship.Self })
        {
            Need(claim.Patient.Name is not null, "patient.name");
            Need(claim.Patient.Address is not null, "patient.address");
        }

        Need(claim.Diagnoses.Count > 0, "diagnoses");
        Need(claim.Lines.Count > 0, "charges");
        if (claim.Form == ClaimForm.Institutional)
        {
            Need(claim.Institutional is not null, "institutional");
            missing.AddRange(claim.Lines.Where(l => l.RevenueCode is null).Select(l => $"charges[{l.Number - 1}].revenueCode"));
        }
        else
        {
            Need(claim.RenderingProviderNpi == claim.BillingProviderNpi || claim.RenderingProviderName is not null, "renderingProviderName");
        }

        return missing;
    }

    /// <summary>The care setting the place of service stands for (ClaimBuilder.PlaceOfService).</summary>
    private static CareSetting Setting(this Claim claim) => claim.PlaceOfService switch
    {
        "21" => CareSetting.Inpatient,
        "23" => CareSetting.Emergency,
        "22" => CareSetting.Outpatient,
        _ => CareSetting.Office,
    };

    private static string RelationshipCode(SubscriberRelationship relationship) => relationship switch
    {
        SubscriberRelationship.Spouse => "01",
        SubscriberRelationship.Child => "19",
        _ => "G8",
    };
}
