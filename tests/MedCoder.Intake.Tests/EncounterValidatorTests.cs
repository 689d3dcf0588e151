using MedCoder.Contracts.Encounters;
using MedCoder.Intake.Submissions;
using MedCoder.Testing;
using Microsoft.Extensions.Time.Testing;

namespace MedCoder.Intake.Tests;

public sealed class EncounterValidatorTests
{
    private readonly EncounterValidator _validator = new(new FakeTimeProvider(new DateTimeOffset(2026, 11, 27, 12, 0, 0, TimeSpan.Zero)));

    [Fact]
    public void Valid_submission_becomes_an_encounter()
    {
        var result = _validator.Validate(new EncounterBuilder().WithPatientSex(AdministrativeSex.Female).BuildSubmission());

        Assert.True(result.IsValid);
        Assert.Empty(result.Errors);
        var encounter = result.Encounter!;
        Assert.Equal(CareSetting.Office, encounter.Setting);
        Assert.Equal(1, encounter.Revision);
        Assert.Equal(encounter.ServiceStart, encounter.ServiceEnd);
        Assert.Equal(AdministrativeSex.Female, encounter.Patient.Sex);
        Assert.Single(encounter.Charges);
    }

    [Fact]
    public void Empty_submission_lists_every_missing_field()
    {
        var result = _validator.Validate(new EncounterSubmission());

        Assert.False(result.IsValid);
        foreach (var field in new[] { "organization", "sourceSystem", "encounterId", "setting", "serviceStart", "patient", "renderingProviderNpi", "billingProviderNpi", "coverage", "notes" })
        {
            Assert.True(result.Errors.ContainsKey(field), $"missing error for {field}");
        }
    }

    [Fact]
    public void Nested_fields_are_reported_with_their_paths()
    {
        var submission = new EncounterBuilder().BuildSubmission();
        submission.Patient!.Sex = "x";
        submission.Patient.BirthDate = new DateOnly(2027, 1, 1);
        submission.Notes!.Add(new NoteSubmission { Type = "progress" });
        submission.Charges!.Add(new ChargeSubmission { Code = "9921", Units = 0, Amount = -1m, Modifiers = ["LTX"] });
        submission.RenderingProviderNpi = "1234567890";

        var errors = _validator.Validate(submission).Errors;

        Assert.Contains("patient.sex", errors.Keys);
        Assert.Contains("patient.birthDate", errors.Keys);
        Assert.Contains("notes[1].author", errors.Keys);
        Assert.Contains("notes[1].date", errors.Keys);
        Assert.Contains("notes[1].text", errors.Keys);
        Assert.Contains("charges[1].code", errors.Keys);
        Assert.Contains("charges[1].units", errors.Keys);
        Assert.Contains("charges[1].amount", errors.Keys);
        Assert.Contains("charges[1].modifiers", errors.Keys);
        Assert.Contains("renderingProviderNpi", errors.Keys);
        Assert.DoesNotContain("notes[0].text", errors.Keys);
    }

    [Fact]
    public void Dates_must_be_ordered_and_not_in_the_future()
    {
        var submission = new EncounterBuilder().BuildSubmission();
        submission.Setting = "inpatient";
        submission.ServiceStart = new DateOnly(2026, 12, 5);
        submission.ServiceEnd = new DateOnly(2026, 12, 1);

        var errors = _validator.Validate(submission).Errors;

        Assert.Contains("must not be before serviceStart", errors["serviceEnd"]);
        Assert.Contains("must not be in the future", errors["serviceStart"]);
    }

    [Theory]
    [InlineData("Inpatient", CareSetting.Inpatient)]
    [InlineData("EMERGENCY", CareSetting.Emergency)]
    [InlineData("outpatient", CareSetting.Outpatient)]
    public void Setting_is_case_insensitive(string setting, CareSetting expected)
    {
        var submission = new EncounterBuilder().BuildSubmission();
        submission.Setting = setting;

        Assert.Equal(expected, _validator.Validate(submission).Encounter!.Setting);
    }

    [Fact]
    public void An_office_visit_has_one_date_of_service()
    {
        var submission = new EncounterBuilder().BuildSubmission();
        submission.ServiceEnd = submission.ServiceStart!.Value.AddDays(1);

        Assert.Contains("serviceEnd", _validator.Validate(submission).Errors.Keys);
    }
}
