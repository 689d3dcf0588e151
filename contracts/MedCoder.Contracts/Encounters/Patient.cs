namespace MedCoder.Contracts.Encounters;

public sealed record Patient(string Id, DateOnly BirthDate, AdministrativeSex Sex)
{
    /// <summary>The patient's name (837 NM1; PHI, never logged; added field, null when not sent).</summary>
    public PersonName? Name { get; init; }

    /// <summary>The patient's address (837 N3/N4; added field, null when not sent).</summary>
    public PostalAddress? Address { get; init; }

    /// <summary>Age in completed years on a date (0 before the first birthday).</summary>
    public int AgeOn(DateOnly date)
    {
        var age = date.Year - BirthDate.Year;
        return Math.Max(0, date < BirthDate.AddYears(age) ? age - 1 : age);
    }
}
