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
        var claims = parts.Select((lines, i) => Part(claim, form, i == 0 ? claim.Id : claim.Id + "-" + (i + 1).ToString(CultureInfo.InvariantCulture), lines)).ToList();
        return new BillingResult(claims, [], []);
    }

    /// <summary>The claim id a part's CLM01 came from ("clm-…-2" → "clm-…").</summary>
    public static string ClaimIdOf(string patientControlNumber)
    {
        var dash = patientControlNumber.LastIndexOf('-');
        return dash > 4 && patientControlNumber[(dash + 1)..].All(char.IsAsciiDigit) ? patientControlNumber[..dash] : patientControlNumber;
    }

    public static string FormName(ClaimForm form) => form == ClaimForm.Institutional ? "837I" : "837P";

    private static BillingClaim Part(Claim claim, ClaimForm form, string claimId, ClaimLine[] lines)
    {
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
            new PayerParty(claim.PayerName!, claim.PayerId),
            claim.ServiceStart,
            claim.ServiceEnd,
            Diagnoses(claim, form),
            institutional && claim.Setting() == CareSetting.Inpatient
                ? claim.Procedures.Select((p, i) => new BillingProcedure(i == 0 ? "BBR" : "BBQ", p.Code.Replace(".", "", StringComparison.Ordinal), p.Date)).ToList()
                : [],
            institutional ? Codes(stay!, claim.Setting() == CareSetting.Inpatient) : null,
            billingLines)
        {
            PayerClaimReference = claim.PayerClaimReference is { } reference && claimId != claim.Id ? reference + claimId[claim.Id.Length..] : claim.PayerClaimReference,
        };
    }

    /// <summary>
    /// 837P: ABK then ABF. 837I: ABK principal; on an inpatient stay ABJ admitting (the principal: the encounter names no
    /// other) and a POA indicator on ABK/ABF (the coding does not determine POA yet: U, documentation insufficient); on
    /// an unscheduled outpatient visit (admission type 1, 2 or 5) APR, the patient's reason for the visit.
    /// </summary>
    private static List<BillingDiagnosis> Diagnoses(Claim claim, ClaimForm form)
    {
        var codes = claim.Diagnoses.Select(d => (Code: d.Code.Replace(".", "", StringComparison.Ordinal), d.PresentOnAdmission)).ToList();
        if (form == ClaimForm.Professional)
        {
            return codes.Select((d, i) => new BillingDiagnosis(i == 0 ? "ABK" : "ABF", d.Code, null)).ToList();
        }

        var inpatient = claim.Setting() == CareSetting.Inpatient;
        var result = new List<BillingDiagnosis> { new("ABK", codes[0].Code, inpatient ? codes[0].PresentOnAdmission ?? "U" : null) };
        if (inpatient)
        {
            result.Add(new BillingDiagnosis("ABJ", codes[0].Code, null));
        }
        else if (claim.Institutional!.AdmissionType is "1" or "2" or "5")
        {
            result.Add(new BillingDiagnosis("APR", codes[0].Code, null));
        }

        result.AddRange(codes.Skip(1).Select(d => new BillingDiagnosis("ABF", d.Code, inpatient ? d.PresentOnAdmission ?? "U" : null)));
        return result;
    }

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
