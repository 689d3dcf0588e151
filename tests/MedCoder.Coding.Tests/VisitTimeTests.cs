using MedCoder.Coding.Services;
using MedCoder.Contracts.Coding;
using MedCoder.Contracts.Encounters;

namespace MedCoder.Coding.Tests;

/// <summary>E/M by total time, from the CPT 2021/2023 E/M time thresholds.</summary>
public sealed class VisitTimeTests
{
    [Theory]
    [InlineData("Established patient. I spent a total of 35 minutes on the date of the encounter.", "99214")]
    [InlineData("Total time: 22 minutes including documentation.", "99213")]
    [InlineData("Total time spent 45 min.", "99215")]
    [InlineData("New patient visit. Total time 35 minutes.", "99203")]
    [InlineData("New patient visit. I spent 75 minutes with the patient and family.", "99205")]
    public void Documented_total_time_picks_the_level(string note, string expected)
    {
        var visit = VisitLevel.ForNote(note, 0, CareSetting.Office);

        Assert.Equal(expected, visit?.Code);
        Assert.Equal(CodeSystems.Cpt, visit!.System);
        Assert.Matches(@"\d+\s*min", note[visit.Evidence[0].Start..visit.Evidence[0].End]);
    }

    [Fact]
    public void Below_the_lowest_threshold_or_without_time_no_level_is_suggested()
    {
        Assert.Null(VisitLevel.ForNote("Total time 9 minutes.", 0, CareSetting.Office));
        Assert.Null(VisitLevel.ForNote("ASSESSMENT: Essential hypertension.", 0, CareSetting.Office));
        Assert.Null(VisitLevel.ForNote("Total time 40 minutes.", 0, CareSetting.Emergency)); // ED levels are not time-based
    }

    [Fact]
    public void The_engine_adds_the_level_to_an_office_encounter()
    {
        var result = SharedCoder.Instance.Value.Code(TestEncounters.WithNote("ASSESSMENT: Essential (primary) hypertension.\nTotal time: 25 minutes."));

        Assert.Contains(result.Codes, c => c is { System: CodeSystems.Cpt, Code: "99213" });
    }
}
