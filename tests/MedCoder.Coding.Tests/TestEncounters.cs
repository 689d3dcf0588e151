using MedCoder.Contracts;
using MedCoder.Contracts.Encounters;

namespace MedCoder.Coding.Tests;

internal static class TestEncounters
{
    public static Encounter WithNote(string text, DateOnly? dateOfService = null, CareSetting setting = CareSetting.Office)
    {
        var date = dateOfService ?? new DateOnly(2026, 3, 2);
        return new Encounter(
            new EncounterKey("org", "ehr", "E-1"),
            1,
            setting,
            date,
            date,
            new Patient("MRN-1", new DateOnly(1960, 1, 1), AdministrativeSex.Male),
            "1234567893",
            "1234567893",
            new Coverage("acme-health", "M1"),
            [new ClinicalNote("progress", "Dr. Test", new DateTimeOffset(date, TimeOnly.MinValue, TimeSpan.Zero), text)],
            []);
    }
}
