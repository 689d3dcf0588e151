using MedCoder.Contracts.Encounters;

namespace MedCoder.Coding.Tests;

/// <summary>A general examination is the encounter's reason (Guidelines I.C.21.c.13): listed first, by age and by what it found.</summary>
public sealed class GeneralExaminationTests
{
    private static IReadOnlyList<string> Codes(string note, int age)
    {
        var encounter = TestEncounters.WithNote(note, setting: CareSetting.Office);
        var patient = encounter.Patient with { BirthDate = encounter.ServiceEnd.AddYears(-age) };
        return [.. SharedCoder.Instance.Value.Code(encounter with { Patient = patient }).Codes.Select(c => c.Code)];
    }

    [Fact]
    public void An_adults_annual_physical_without_findings_is_Z00_00_first()
    {
        var codes = Codes("HPI: Here for her annual physical. No complaints.\n\nASSESSMENT: Routine adult health examination without abnormal findings.\n", 45);

        Assert.Equal("Z00.00", codes[0]);
    }

    [Fact]
    public void An_annual_physical_with_abnormal_findings_is_Z00_01_and_the_finding_after_it()
    {
        var codes = Codes("ASSESSMENT:\n1. Encounter for annual physical with abnormal findings.\n2. Obesity.\n", 52);

        Assert.Equal("Z00.01", codes[0]);
        Assert.Contains("E66.9", codes);
    }

    [Fact]
    public void A_childs_well_visit_is_the_child_health_examination()
    {
        var codes = Codes("ASSESSMENT: Well child exam, 4 years, normal growth and development, no abnormal findings.\n", 4);

        Assert.Equal("Z00.129", codes[0]);
    }
}
