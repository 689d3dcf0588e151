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
        _patient,
        ValidNpi,
        ValidNpi,
        _coverage,
        [new ClinicalNote("progress", "Dr. Test", NoteDate, _noteText)],
        [.. _charges]);

    public EncounterSubmission BuildSubmission() => new()
    {
        Organization = _key.Organization,
        SourceSystem = _key.SourceSystem,
        EncounterId = _key.EncounterId,
        Revision = _revision,
        Setting = SettingName(_setting),
        ServiceStart = _serviceDate,
        Patient = new PatientSubmission { Id = _patient.Id, BirthDate = _patient.BirthDate, Sex = SexName(_patient.Sex) },
        RenderingProviderNpi = ValidNpi,
        BillingProviderNpi = ValidNpi,
        Coverage = new CoverageSubmission { PayerId = _coverage.PayerId, MemberId = _coverage.MemberId },
        Notes = [new NoteSubmission { Type = "progress", Author = "Dr. Test", Date = NoteDate, Text = _noteText }],
        Charges =
        [
            .. _charges.Select(c => new ChargeSubmission { Code = c.Code, Units = c.Units, Amount = c.Amount, Modifiers = c.Modifiers.Count == 0 ? null : [.. c.Modifiers] }),
        ],
    };

    private DateTimeOffset NoteDate => new(_serviceDate, new TimeOnly(9, 0), TimeSpan.Zero);

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
