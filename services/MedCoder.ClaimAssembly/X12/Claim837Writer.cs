using System.Globalization;
using MedCoder.ClaimAssembly.Billing;
using MedCoder.Contracts.Encounters;
using static MedCoder.ClaimAssembly.X12.SegmentBuilder;

namespace MedCoder.ClaimAssembly.X12;

/// <summary>
/// Writes HIPAA X12 5010 837 interchanges (docs/architecture.md#claims-x12-and-fhir): ISA/IEA around one functional
/// group per claim form (GS08 005010X222A1 professional, 005010X223A2 institutional), one transaction set (ST/SE) per
/// claim with the HL hierarchy billing provider (20) → subscriber (22) → patient (23, when not the subscriber).
/// ASCII only, no BOM, one segment per line. Pure: the same envelope and claims give the same text.
/// </summary>
public static class Claim837Writer
{
    public const string ProfessionalVersion = "005010X222A1";
    public const string InstitutionalVersion = "005010X223A2";

    public static string Write(X12Envelope envelope, IReadOnlyList<BillingClaim> claims)
    {
        ArgumentOutOfRangeException.ThrowIfZero(claims.Count);
        var groups = claims.GroupBy(c => c.Form).OrderBy(g => g.Key).ToList();
        if (envelope.ControlNumber < 1 || envelope.ControlNumber + groups.Count - 1 > X12Envelope.MaxControlNumber)
        {
            throw new ArgumentOutOfRangeException(nameof(envelope), "ISA13 and GS06 are 9-digit numbers from 1.");
        }

        if (envelope.SenderId.Length is < 1 or > 15 || envelope.ReceiverId.Length is < 1 or > 15)
        {
            throw new ArgumentException("ISA06 and ISA08 hold 1 to 15 characters (X12Envelope.IdOf).", nameof(envelope));
        }

        var x = new SegmentBuilder();
        var when = envelope.CreatedAt.UtcDateTime;
        x.AddRaw(string.Join(X12Delimiters.Element,
            "ISA", "00", new string(' ', 10), "00", new string(' ', 10),
            "ZZ", Checked(envelope.SenderId, "ISA06").PadRight(15), "ZZ", Checked(envelope.ReceiverId, "ISA08").PadRight(15),
            when.ToString("yyMMdd", CultureInfo.InvariantCulture), when.ToString("HHmm", CultureInfo.InvariantCulture),
            X12Delimiters.Repetition.ToString(), "00501", envelope.ControlNumberText, "0", envelope.Usage.ToString(), X12Delimiters.Component.ToString()));

        var groupNumber = 0;
        foreach (var group in groups)
        {
            var groupControl = GroupControlNumber(envelope.ControlNumber, ++groupNumber).ToString(CultureInfo.InvariantCulture);
            var version = group.Key == ClaimForm.Institutional ? InstitutionalVersion : ProfessionalVersion;
            x.Add("GS", "HC", envelope.SenderId, envelope.ReceiverId, when.ToString("yyyyMMdd", CultureInfo.InvariantCulture), when.ToString("HHmm", CultureInfo.InvariantCulture), groupControl, "X", version);
            var set = 0;
            foreach (var claim in group)
            {
                WriteTransaction(x, envelope, claim, (++set).ToString("D4", CultureInfo.InvariantCulture), version, when);
            }

            x.Add("GE", X12Format.Number(set), groupControl);
        }

        x.Add("IEA", X12Format.Number(groups.Count), envelope.ControlNumberText);
        return x.ToString();
    }

    /// <summary>
    /// GS06 of the n-th group (1-based): the interchange's number for the first, the next ones reserved with it for the
    /// others (<see cref="ControlNumbersNeeded"/>), so group numbers are as unique as interchange numbers.
    /// </summary>
    public static long GroupControlNumber(long interchange, int group) => interchange + group - 1;

    /// <summary>How many consecutive control numbers an interchange of these claims uses: one per claim form (functional group).</summary>
    public static int ControlNumbersNeeded(IEnumerable<BillingClaim> claims) => claims.Select(c => c.Form).Distinct().Count();

    private static void WriteTransaction(SegmentBuilder x, X12Envelope envelope, BillingClaim claim, string setControl, string version, DateTime when)
    {
        var before = x.Count;
        var institutional = claim.Form == ClaimForm.Institutional;
        x.Add("ST", "837", setControl, version);
        x.Add("BHT", "0019", "00", claim.ClaimId, when.ToString("yyyyMMdd", CultureInfo.InvariantCulture), when.ToString("HHmm", CultureInfo.InvariantCulture), "CH");

        // 1000A submitter (the billing provider's office) and 1000B receiver (the payer).
        var billing = claim.BillingProvider;
        x.Add("NM1", "41", "2", billing.Name, null, null, null, null, "46", envelope.SenderId);
        x.Add("PER", "IC", "BILLING OFFICE", "TE", billing.Phone);
        x.Add("NM1", "40", "2", claim.Payer.Name, null, null, null, null, "46", envelope.ReceiverId);

        // 2000A billing provider level, 2010AA its name, address and tax id.
        x.Add("HL", "1", null, "20", "1");
        x.Add("PRV", "BI", "PXC", billing.Taxonomy);
        x.Add("NM1", "85", "2", billing.Name, null, null, null, null, "XX", billing.Npi);
        Address(x, billing.Address);
        x.Add("REF", "EI", billing.TaxId);

        // 2000B subscriber level, 2010BA subscriber, 2010BB payer.
        var subscriber = claim.Subscriber;
        x.Add("HL", "2", "1", "22", claim.Patient is null ? "0" : "1");
        // SBR09: the claim filing indicator the coverage named (CI, commercial, when it named none).
        x.Add("SBR", "P", subscriber.IsPatient ? "18" : null, null, null, null, null, null, null, claim.Payer.FilingIndicator);
        x.Add("NM1", "IL", "1", subscriber.Name.Last, subscriber.Name.First, subscriber.Name.Middle, null, null, "MI", subscriber.MemberId);
        if (subscriber.Address is { } subscriberAddress)
        {
            Address(x, subscriberAddress);
        }

        if (subscriber.BirthDate is { } birth)
        {
            x.Add("DMG", "D8", X12Format.Date(birth), X12Format.Sex(subscriber.Sex ?? AdministrativeSex.Unknown));
        }
        x.Add("NM1", "PR", "2", claim.Payer.Name, null, null, null, null, "PI", claim.Payer.Id);

        // 2000C patient level, 2010CA patient, when the patient is not the subscriber.
        if (claim.Patient is { } patient)
        {
            x.Add("HL", "3", "2", "23", "0");
            x.Add("PAT", patient.RelationshipCode);
            x.Add("NM1", "QC", "1", patient.Name.Last, patient.Name.First, patient.Name.Middle);
            Address(x, patient.Address);
            x.Add("DMG", "D8", X12Format.Date(patient.BirthDate), X12Format.Sex(patient.Sex));
        }

        // 2300 claim.
        var facility = new Composite(claim.FacilityCode, institutional ? "A" : "B", claim.FrequencyCode);
        if (institutional)
        {
            x.Add("CLM", claim.ClaimId, X12Format.Amount(claim.TotalCharge), null, null, facility, null, "A", "Y", "Y");
            WriteInstitutionalClaim(x, claim);
        }
        else
        {
            x.Add("CLM", claim.ClaimId, X12Format.Amount(claim.TotalCharge), null, null, facility, "Y", "A", "Y", "Y");
            PayerClaimReference(x, claim);
            x.Add("HI", [.. claim.Diagnoses.Select(d => new Composite(d.Qualifier, d.Code))]);
            if (claim.Rendering is { } rendering)
            {
                x.Add("NM1", "82", "1", rendering.Name.Last, rendering.Name.First, rendering.Name.Middle, null, null, "XX", rendering.Npi);
            }
        }

        // 2400 service lines.
        foreach (var line in claim.Lines)
        {
            x.Add("LX", X12Format.Number(line.Number));
            var procedure = new Composite(["HC", line.Code, .. line.Modifiers]);
            if (institutional)
            {
                x.Add("SV2", line.RevenueCode, procedure, X12Format.Amount(line.Charge), "UN", X12Format.Number(line.Units));
            }
            else
            {
                x.Add("SV1", procedure, X12Format.Amount(line.Charge), "UN", X12Format.Number(line.Units), null, null, new Composite([.. line.Pointers.Select(X12Format.Number)]));
            }

            var (qualifier, period) = X12Format.Period(line.From, line.To);
            x.Add("DTP", "472", qualifier, period);
        }

        x.Add("SE", X12Format.Number(x.Count - before + 1), setControl);
    }

    /// <summary>2300 REF*F8 (payer claim control number), after CLM/DTP/CL1 and before HI: required on a replacement or void.</summary>
    private static void PayerClaimReference(SegmentBuilder x, BillingClaim claim)
    {
        if (claim.PayerClaimReference is { } reference)
        {
            x.Add("REF", "F8", reference);
        }
    }

    private static void WriteInstitutionalClaim(SegmentBuilder x, BillingClaim claim)
    {
        var codes = claim.Institutional!;
        if (codes.DischargeHour is { } discharged)
        {
            x.Add("DTP", "096", "TM", discharged.ToString("D2", CultureInfo.InvariantCulture) + "00");
        }

        x.Add("DTP", "434", "RD8", X12Format.Date(claim.ServiceStart) + "-" + X12Format.Date(claim.ServiceEnd));
        if (codes.AdmissionDate is { } admitted)
        {
            x.Add("DTP", "435", codes.AdmissionHour is null ? "D8" : "DT", X12Format.Date(admitted) + (codes.AdmissionHour is { } hour ? hour.ToString("D2", CultureInfo.InvariantCulture) + "00" : ""));
        }

        x.Add("CL1", codes.AdmissionType, codes.AdmissionSource, codes.DischargeStatus);
        PayerClaimReference(x, claim);
        foreach (var qualifier in new[] { "ABK", "ABJ", "APR" })
        {
            var entries = claim.Diagnoses.Where(d => d.Qualifier == qualifier).ToList();
            if (entries.Count > 0)
            {
                x.Add("HI", [.. entries.Select(Diagnosis)]);
            }
        }

        foreach (var chunk in claim.Diagnoses.Where(d => d.Qualifier == "ABF").Chunk(12))
        {
            x.Add("HI", [.. chunk.Select(Diagnosis)]);
        }

        if (claim.Procedures.FirstOrDefault(p => p.Qualifier == "BBR") is { } principal)
        {
            x.Add("HI", Procedure(principal));
        }

        foreach (var chunk in claim.Procedures.Where(p => p.Qualifier == "BBQ").Chunk(12))
        {
            x.Add("HI", [.. chunk.Select(Procedure)]);
        }

        var attending = claim.Attending!;
        x.Add("NM1", "71", "1", attending.Name.Last, attending.Name.First, attending.Name.Middle, null, null, "XX", attending.Npi);
        if (attending.Taxonomy is not null)
        {
            x.Add("PRV", "AT", "PXC", attending.Taxonomy);
        }
    }

    /// <summary>HI01-1 qualifier, HI01-2 code, HI01-9 present-on-admission indicator.</summary>
    private static Composite Diagnosis(BillingDiagnosis d) => new(d.Qualifier, d.Code, null, null, null, null, null, null, d.PresentOnAdmission);

    private static Composite Procedure(BillingProcedure p) => new(p.Qualifier, p.Code, "D8", X12Format.Date(p.Date));

    private static void Address(SegmentBuilder x, PostalAddress address)
    {
        x.Add("N3", address.Line1, address.Line2);
        x.Add("N4", address.City, address.State, address.PostalCode);
    }
}
