using MedCoder.Intake.Submissions;

namespace MedCoder.SyntheticEncounters.Tests;

public sealed class SyntheticEncounterFactoryTests
{
    [Fact]
    public void Encounters_are_valid_deterministic_and_unique()
    {
        var validator = new EncounterValidator(TimeProvider.System);
        var first = new SyntheticEncounterFactory(7);
        var second = new SyntheticEncounterFactory(7);

        var encounters = Enumerable.Range(0, 200).Select(first.Create).ToList();

        Assert.All(encounters, e => Assert.True(validator.Validate(e.Submission).IsValid, string.Join("; ", validator.Validate(e.Submission).Errors.Keys)));
        Assert.Equal(200, encounters.Select(e => e.Submission.EncounterId).Distinct().Count());
        Assert.Equal(first.Create(42).Submission.Notes![0].Text, second.Create(42).Submission.Notes![0].Text);
        Assert.True(encounters.Select(e => e.Submission.Setting).Distinct().Count() == 4, "all four settings occur");
    }
}
