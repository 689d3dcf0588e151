namespace MedCoder.Contracts.Encounters;

public enum CareSetting { Inpatient, Outpatient, Emergency, Office }

public enum AdministrativeSex { Female, Male, Unknown }

public sealed record Patient(string Id, DateOnly BirthDate, AdministrativeSex Sex)
{
    /// <summary>Age in completed years on a date (0 before the first birthday).</summary>
    public int AgeOn(DateOnly date)
    {
        var age = date.Year - BirthDate.Year;
        return Math.Max(0, date < BirthDate.AddYears(age) ? age - 1 : age);
    }
}

public sealed record Coverage(string PayerId, string MemberId);

public sealed record ClinicalNote(string Type, string Author, DateTimeOffset Date, string Text);

/// <summary>A charge line the hospital already knows (CPT/HCPCS code, units, amount).</summary>
public sealed record Charge(string Code, int Units, decimal Amount, IReadOnlyList<string> Modifiers);

/// <summary>A validated encounter as accepted by Intake; immutable, carried downstream.</summary>
public sealed record Encounter(
    EncounterKey Key,
    int Revision,
    CareSetting Setting,
    DateOnly ServiceStart,
    DateOnly ServiceEnd,
    Patient Patient,
    string RenderingProviderNpi,
    string BillingProviderNpi,
    Coverage Coverage,
    IReadOnlyList<ClinicalNote> Notes,
    IReadOnlyList<Charge> Charges);
