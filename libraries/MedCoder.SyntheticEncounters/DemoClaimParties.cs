using System.Globalization;
using MedCoder.Contracts.Encounters;

namespace MedCoder.SyntheticEncounters;

/// <summary>
/// The invented parties and facility data an 837 needs (billing provider, patient and subscriber names and
/// addresses, payer name, rendering/attending names, inpatient stay, revenue codes). Drawn from a random of their
/// own so that adding them changed no note, charge or expected code of an existing (seed, index).
/// </summary>
internal static class DemoClaimParties
{
    private static readonly string[] FemaleNames = ["MARIA", "JENNIFER", "AISHA", "LINDA", "MEI", "SOFIA", "GRACE", "NADIA", "RUTH", "ELENA"];
    private static readonly string[] MaleNames = ["JAMES", "DAVID", "CARLOS", "KWAME", "WEI", "OMAR", "PETER", "LUIS", "SAMUEL", "IVAN"];
    private static readonly string[] Surnames = ["ALDEN", "BARROS", "CHEN", "DELACROIX", "EKWUEME", "FARRELL", "GUPTA", "HALVORSEN", "IBARRA", "JANSSEN", "KRUGER", "LOMBARDI", "MBEKI", "NORRIS", "OYELARAN", "PRZYBYL"];
    private static readonly string[] Streets = ["OAK ST", "MAPLE AVE", "CEDAR LN", "PINE RD", "WALNUT DR", "BIRCH CT", "ELM ST", "LAKEVIEW BLVD"];

    // Invented towns in one state, each with a 5-digit ZIP the +4 is appended to.
    private static readonly (string City, string Zip)[] Towns = [("SPRINGFIELD", "62701"), ("RIVERTON", "62561"), ("CHATHAM", "62629"), ("ROCHESTER", "62563")];

    public static void AddTo(EncounterSubmission submission, DemoCase @case, string organization, string billingNpi, Random rng)
    {
        var patientLast = Surnames[rng.Next(Surnames.Length)];
        var patientName = Name(patientLast, @case.Female, rng);
        var address = Address(rng);
        submission.Patient!.Name = patientName;
        submission.Patient.Address = address;
        submission.Coverage!.PayerName = Words(submission.Coverage.PayerId!);
        submission.RenderingProviderName = ProviderName(@case.Attending);
        submission.BillingProvider = BillingProvider(organization, billingNpi);

        // Children are covered by the parent named in their notes; adults are their own subscribers.
        submission.Subscriber = @case.Pediatric
            ? new SubscriberSubmission
            {
                Name = Name(patientLast, @case.Parent == "mother", rng),
                BirthDate = @case.ServiceStart.AddYears(-(@case.Age + 22 + rng.Next(0, 15))),
                Sex = @case.Parent == "mother" ? "female" : "male",
                Relationship = "child",
                Address = Copy(address),
            }
            : new SubscriberSubmission
            {
                Name = Copy(patientName),
                BirthDate = submission.Patient.BirthDate,
                Sex = submission.Patient.Sex,
                Relationship = "self",
                Address = Copy(address),
            };

        if (@case.Inpatient)
        {
            submission.Institutional = new InstitutionalSubmission
            {
                TypeOfBill = "0111", // hospital inpatient, admit through discharge
                AdmissionDate = @case.ServiceStart,
                AdmissionHour = rng.Next(0, 24),
                AdmissionType = @case.Condition.IsSurgical && @case.Condition.Acuity < 3 ? "3" : "1", // elective or emergency
                AdmissionSource = "1", // non-health-care point of origin
                DischargeStatus = "01", // home or self-care
                DischargeHour = rng.Next(9, 18),
                Attending = new AttendingProviderSubmission { Npi = @case.Attending.Npi, Name = ProviderName(@case.Attending), Taxonomy = @case.Condition.IsSurgical ? "208600000X" : "208M00000X" },
            };
            foreach (var charge in submission.Charges ?? [])
            {
                charge.RevenueCode = RevenueCode(charge.Code!);
            }
        }
    }

    /// <summary>The NUBC revenue code a facility bills a chargemaster line under (by CPT/HCPCS range).</summary>
    internal static string RevenueCode(string code) => code switch
    {
        "71275" or "74176" or "74177" => "0350", // CT scan
        _ when code.StartsWith("9922", StringComparison.Ordinal) || code.StartsWith("9923", StringComparison.Ordinal) => "0120", // room and board, semi-private
        _ when code.StartsWith("9928", StringComparison.Ordinal) => "0450", // emergency room
        _ when code.StartsWith("99", StringComparison.Ordinal) => "0510", // clinic
        _ when code.StartsWith('J') => "0636", // drugs requiring detailed coding
        _ when code.StartsWith('8') || code == "36415" => "0300", // laboratory
        _ when code.StartsWith("76", StringComparison.Ordinal) || code.StartsWith("933", StringComparison.Ordinal) || code.StartsWith("939", StringComparison.Ordinal) => "0402", // ultrasound, echo
        _ when code.StartsWith('7') => "0320", // diagnostic radiology
        _ when code.StartsWith("93", StringComparison.Ordinal) => "0730", // EKG/ECG
        _ when code.StartsWith("94", StringComparison.Ordinal) => "0410", // respiratory services
        _ when code.StartsWith("96", StringComparison.Ordinal) => "0260", // IV therapy
        _ => "0360", // operating room services
    };

    private static BillingProviderSubmission BillingProvider(string organization, string billingNpi)
    {
        // One billing provider per organization: its tax id and ZIP+4 follow from its NPI, not from the encounter.
        var digits = billingNpi.AsSpan();
        return new BillingProviderSubmission
        {
            Name = Words(organization),
            Address = new AddressSubmission { Line1 = "1200 HOSPITAL DR", City = "SPRINGFIELD", State = "IL", PostalCode = "62701" + digits[^4..].ToString() },
            Taxonomy = "282N00000X", // general acute care hospital
            TaxId = "36" + digits[1..8].ToString(),
            Phone = "217555" + digits[^4..].ToString(),
        };
    }

    private static NameSubmission Name(string last, bool female, Random rng) =>
        new() { Last = last, First = (female ? FemaleNames : MaleNames)[rng.Next(FemaleNames.Length)], Middle = rng.Next(3) == 0 ? ((char)('A' + rng.Next(26))).ToString() : null };

    private static AddressSubmission Address(Random rng)
    {
        var (city, zip) = Towns[rng.Next(Towns.Length)];
        return new AddressSubmission
        {
            Line1 = string.Create(CultureInfo.InvariantCulture, $"{rng.Next(10, 9999)} {Streets[rng.Next(Streets.Length)]}"),
            Line2 = rng.Next(4) == 0 ? string.Create(CultureInfo.InvariantCulture, $"APT {rng.Next(1, 40)}") : null,
            City = city,
            State = "IL",
            PostalCode = zip + rng.Next(1, 10_000).ToString("D4", CultureInfo.InvariantCulture),
        };
    }

    /// <summary>"A. Rivera" → RIVERA, A.</summary>
    private static NameSubmission ProviderName(DemoProvider provider)
    {
        var parts = provider.Name.Split(". ", 2);
        return new NameSubmission { Last = parts[^1].ToUpperInvariant(), First = parts[0].ToUpperInvariant() };
    }

    /// <summary>"acme-health" → "ACME HEALTH".</summary>
    private static string Words(string id) => id.Replace('-', ' ').Replace('_', ' ').ToUpperInvariant();

    private static NameSubmission Copy(NameSubmission name) => new() { Last = name.Last, First = name.First, Middle = name.Middle };

    private static AddressSubmission Copy(AddressSubmission a) => new() { Line1 = a.Line1, Line2 = a.Line2, City = a.City, State = a.State, PostalCode = a.PostalCode };
}
