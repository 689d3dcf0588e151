namespace MedCoder.Contracts.Encounters;

public sealed record Patient(string Id, DateOnly BirthDate, AdministrativeSex Sex)
{
    /// <summary>Age in completed years on a date (0 before the first birthday).</summary>
    public int AgeOn(DateOnly date)
    {
        var age = date.Year - BirthDate.Year;
        return Math.Max(0, date < BirthDate.AddYears(age) ? age - 1 : age);
    }
}
