using MedCoder.Contracts;
using MedCoder.Contracts.Encounters;

namespace MedCoder.Testing;

/// <summary>
/// A valid office visit (one progress note, one office E/M charge) that a test changes only where it matters.
/// <see cref="Build"/> gives the encounter the services pass downstream, <see cref="BuildSubmission"/> the same
/// encounter as the body of POST /api/encounters (a new object each call, free for the test to change).
/// </summary>
public sealed class EncounterBuilder
{
    /// <summary>The CMS example NPI (valid check digit).</summary>
    public const string ValidNpi = "1234567893";

    public static readonly DateOnly ServiceDate = new(2026, 3, 2);

    private EncounterKey _key = new("general-hospital", "ehr", "E-1");
    private int? _revision;
    private CareSetting _setting = CareSetting.Office;
    private DateOnly _serviceDate = ServiceDate;
    private Patient _patient = new("MRN-1", new DateOnly(1960, 1, 1), AdministrativeSex.Male);
    private Coverage _coverage = new("acme-health", "M1");
    private string _noteText = "ASSESSMENT: Essential (primary) hypertension.";
    private List<Charge> _charges = [new("99213", 1, 120m, [])];
    private ClaimParties? _parties;
    private InstitutionalStay? _institutional;
    private bool _childOfSubscriber;

    /// <summary>Invented billing provider, names, addresses and payer an 837 needs (all optional on the encounter).</summary>
    public static readonly ClaimParties ExampleParties = new(
        new BillingProvider("GENERAL HOSPITAL", new PostalAddress("100 MAIN ST", null, "SPRINGFIELD", "IL", "627010001"), "282N00000X", "371234567", "2175550100"),
        new PersonName("DOE", "JOHN", "Q"),
        new PostalAddress("12 ELM ST", "APT 4", "SPRINGFIELD", "IL", "627020002"),
        new PersonName("RIVERA", "ANA"),
        "ACME HEALTH");

    /// <summary>An inpatient stay's facility data (type of bill 111, emergency admission from home, discharged home).</summary>
    public static InstitutionalStay ExampleStay(DateOnly admitted) =>
        new("111", admitted, 14, "1", "7", "01", new AttendingProvider(ValidNpi, new PersonName("RIVERA", "ANA"), "207RH0003X")) { DischargeHour = 11 };

    /// <summary>The parties an 837 names; the patient is the subscriber.</summary>
    public sealed record ClaimParties(BillingProvider BillingProvider, PersonName PatientName, PostalAddress PatientAddress, PersonName RenderingProviderName, string PayerName);

    /// <summary>Adds what an 837 needs (billing provider, patient name and address, the patient as subscriber, payer name).</summary>
    public EncounterBuilder WithClaimParties(ClaimParties? parties = null)
    {
        _parties = parties ?? ExampleParties;
        return this;
    }

    /// <summary>With claim parties: the subscriber is the patient's mother (relationship child), so the 837 has a patient loop.</summary>
    public EncounterBuilder WithChildOfSubscriber()
    {
        _childOfSubscriber = true;
        return this;
    }

    private Subscriber? SubscriberOf(ClaimParties? parties) => parties switch
    {
        null => null,
        _ when _childOfSubscriber => new Subscriber(new PersonName(parties.PatientName.Last, "JANE"), new DateOnly(1935, 5, 5), AdministrativeSex.Female, SubscriberRelationship.Child, parties.PatientAddress),
        _ => new Subscriber(parties.PatientName, _patient.BirthDate, _patient.Sex, SubscriberRelationship.Self, parties.PatientAddress),
    };

    /// <summary>Facility data for an institutional claim (the setting is set on its own).</summary>
    public EncounterBuilder WithInstitutional(InstitutionalStay? stay)
    {
        _institutional = stay;
        return this;
    }

    /// <summary>Gives the charges, in order, these revenue codes (call after <see cref="WithCharges"/>).</summary>
    public EncounterBuilder WithRevenueCodes(params string[] revenueCodes)
    {
        _charges = [.. _charges.Select((c, i) => c with { RevenueCode = i < revenueCodes.Length ? revenueCodes[i] : c.RevenueCode })];
        return this;
    }

    public EncounterBuilder WithKey(EncounterKey key)
    {
        _key = key;
        return this;
    }

    public EncounterBuilder WithEncounterId(string encounterId) => WithKey(_key with { EncounterId = encounterId });

    /// <summary>Unstated, the submission leaves the revision out (the API's default is 1) and the encounter has 1.</summary>
    public EncounterBuilder WithRevision(int revision)
    {
        _revision = revision;
        return this;
    }

    public EncounterBuilder WithSetting(CareSetting setting)
    {
        _setting = setting;
        return this;
    }

    /// <summary>The one date of service (start and end; the submission states only the start).</summary>
    public EncounterBuilder WithServiceDate(DateOnly date)
    {
        _serviceDate = date;
        return this;
    }

    public EncounterBuilder WithPatientSex(AdministrativeSex sex)
    {
        _patient = _patient with { Sex = sex };
        return this;
    }

    public EncounterBuilder WithPatientBirthDate(DateOnly birthDate)
    {
        _patient = _patient with { BirthDate = birthDate };
        return this;
    }

    public EncounterBuilder WithPayer(string payerId)
    {
        _coverage = _coverage with { PayerId = payerId };
        return this;
    }

    /// <summary>The text of the one progress note.</summary>
    public EncounterBuilder WithNote(string text)
    {
        _noteText = text;
        return this;
    }

    /// <summary>Replaces the default charge; none leaves the encounter without charges.</summary>
    public EncounterBuilder WithCharges(params IEnumerable<Charge> charges)
    {
        _charges = [.. charges];
        return this;
    }

    public Encounter Build() => new(
        _key,
        _revision ?? 1,
        _setting,
        _serviceDate,
        _serviceDate,
        _parties is null ? _patient : _patient with { Name = _parties.PatientName, Address = _parties.PatientAddress },
        ValidNpi,
        ValidNpi,
        _parties is null ? _coverage : _coverage with { PayerName = _parties.PayerName },
        [new ClinicalNote("progress", "Dr. Test", NoteDate, _noteText)],
        [.. _charges])
    {
        BillingProvider = _parties?.BillingProvider,
        RenderingProviderName = _parties?.RenderingProviderName,
        Subscriber = SubscriberOf(_parties),
        Institutional = _institutional,
    };

    public EncounterSubmission BuildSubmission() => new()
    {
        Organization = _key.Organization,
        SourceSystem = _key.SourceSystem,
        EncounterId = _key.EncounterId,
        Revision = _revision,
        Setting = SettingName(_setting),
        ServiceStart = _serviceDate,
        Patient = new PatientSubmission { Id = _patient.Id, BirthDate = _patient.BirthDate, Sex = SexName(_patient.Sex), Name = NameOf(_parties?.PatientName), Address = AddressOf(_parties?.PatientAddress) },
        RenderingProviderNpi = ValidNpi,
        BillingProviderNpi = ValidNpi,
        Coverage = new CoverageSubmission { PayerId = _coverage.PayerId, MemberId = _coverage.MemberId, PayerName = _parties?.PayerName },
        BillingProvider = _parties?.BillingProvider is { } b
            ? new BillingProviderSubmission { Name = b.Name, Address = AddressOf(b.Address), Taxonomy = b.Taxonomy, TaxId = b.TaxId, Phone = b.Phone }
            : null,
        RenderingProviderName = NameOf(_parties?.RenderingProviderName),
        Subscriber = SubscriberOf(_parties) is { } subscriber
            ? new SubscriberSubmission
            {
                Name = NameOf(subscriber.Name),
                BirthDate = subscriber.BirthDate,
                Sex = SexName(subscriber.Sex),
                Relationship = subscriber.Relationship.ToString().ToLowerInvariant(),
                Address = AddressOf(subscriber.Address),
            }
            : null,
        Institutional = _institutional is { } stay
            ? new InstitutionalSubmission
            {
                TypeOfBill = stay.TypeOfBill,
                AdmissionDate = stay.AdmissionDate,
                AdmissionHour = stay.AdmissionHour,
                AdmissionType = stay.AdmissionType,
                AdmissionSource = stay.AdmissionSource,
                DischargeStatus = stay.DischargeStatus,
                DischargeHour = stay.DischargeHour,
                Attending = new AttendingProviderSubmission { Npi = stay.Attending.Npi, Name = NameOf(stay.Attending.Name), Taxonomy = stay.Attending.Taxonomy },
            }
            : null,
        Notes = [new NoteSubmission { Type = "progress", Author = "Dr. Test", Date = NoteDate, Text = _noteText }],
        Charges =
        [
            .. _charges.Select(c => new ChargeSubmission { Code = c.Code, Units = c.Units, Amount = c.Amount, Modifiers = c.Modifiers.Count == 0 ? null : [.. c.Modifiers], RevenueCode = c.RevenueCode }),
        ],
    };

    private DateTimeOffset NoteDate => new(_serviceDate, new TimeOnly(9, 0), TimeSpan.Zero);

    private static NameSubmission? NameOf(PersonName? name) => name is null ? null : new NameSubmission { Last = name.Last, First = name.First, Middle = name.Middle };

    private static AddressSubmission? AddressOf(PostalAddress? address) =>
        address is null ? null : new AddressSubmission { Line1 = address.Line1, Line2 = address.Line2, City = address.City, State = address.State, PostalCode = address.PostalCode };

    private static string SettingName(CareSetting setting) => setting switch
    {
        CareSetting.Inpatient => "inpatient",
        CareSetting.Outpatient => "outpatient",
        CareSetting.Emergency => "emergency",
        _ => "office",
    };

    private static string SexName(AdministrativeSex sex) => sex switch
    {
        AdministrativeSex.Female => "female",
        AdministrativeSex.Male => "male",
        _ => "unknown",
    };
}
