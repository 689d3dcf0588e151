using MedCoder.Contracts.Encounters;
using MedCoder.Intake.Submissions;
using MedCoder.Testing;
using Microsoft.Extensions.Time.Testing;

namespace MedCoder.Intake.Tests;

/// <summary>Numbers and counts a downstream stage could overflow on are refused at intake, naming the field.</summary>
public sealed class SubmissionBoundsTests
{
    private readonly EncounterValidator _validator = new(new FakeTimeProvider(new DateTimeOffset(2026, 11, 27, 12, 0, 0, TimeSpan.Zero)));

    private IDictionary<string, string[]> ErrorsOf(Action<EncounterSubmission> change)
    {
        var submission = new EncounterBuilder().BuildSubmission();
        change(submission);
        return _validator.Validate(submission).Errors;
    }

    private static ChargeSubmission Charge(decimal amount, int units = 1) => new() { Code = "99213", Units = units, Amount = amount };

    [Fact]
    public void The_amount_that_overflowed_claim_assembly_is_refused_on_each_line()
    {
        // decimal.MaxValue: two of these were accepted and overflowed the claim total (issue 13, finding 9).
        var errors = ErrorsOf(s => s.Charges = [Charge(79228162514264337593543950335m), Charge(79228162514264337593543950335m)]);

        Assert.Contains("charges[0].amount", errors.Keys);
        Assert.Contains("charges[1].amount", errors.Keys);
        Assert.DoesNotContain(errors.Values.SelectMany(m => m), m => m.Contains("79228", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("1.5")]
    [InlineData("1.50")]
    [InlineData("99999999.99")]
    public void Amounts_in_range_with_cents_are_accepted(string amount)
    {
        Assert.Empty(ErrorsOf(s => s.Charges = [Charge(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture))]));
    }

    [Theory]
    [InlineData("100000000.00")]
    [InlineData("1.005")]
    [InlineData("-0.01")]
    public void Amounts_out_of_range_or_finer_than_cents_are_refused(string amount)
    {
        var errors = ErrorsOf(s => s.Charges = [Charge(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture))]);

        Assert.Equal(["charges[0].amount"], errors.Keys);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(10_000)]
    [InlineData(int.MaxValue)]
    public void Units_outside_1_to_9999_are_refused(int units)
    {
        Assert.Equal(["charges[0].units"], ErrorsOf(s => s.Charges = [Charge(1m, units)]).Keys);
    }

    [Fact]
    public void A_claim_total_above_the_bound_is_refused_even_when_every_line_is_in_range()
    {
        var errors = ErrorsOf(s => s.Charges = [Charge(60_000_000m), Charge(60_000_000m)]);

        Assert.Equal(["charges"], errors.Keys);
    }

    [Fact]
    public void An_office_visit_has_at_most_the_837P_line_count()
    {
        Assert.Empty(ErrorsOf(s => s.Charges = [.. Enumerable.Range(0, ChargeLimits.MaxProfessionalLines).Select(_ => Charge(1m))]));
        Assert.Equal(["charges"], ErrorsOf(s => s.Charges = [.. Enumerable.Range(0, ChargeLimits.MaxProfessionalLines + 1).Select(_ => Charge(1m))]).Keys);
    }

    [Fact]
    public void An_institutional_encounter_has_at_most_450_lines()
    {
        void Inpatient(EncounterSubmission s, int lines)
        {
            s.Setting = "inpatient";
            s.Charges = [.. Enumerable.Range(0, lines).Select(_ => Charge(1m))];
        }

        Assert.Empty(ErrorsOf(s => Inpatient(s, 450)));
        Assert.Equal(["charges"], ErrorsOf(s => Inpatient(s, 451)).Keys);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(EncounterValidator.MaxRevision + 1)]
    [InlineData(int.MaxValue)]
    public void Revision_outside_its_range_is_refused(int revision)
    {
        Assert.Equal(["revision"], ErrorsOf(s => s.Revision = revision).Keys);
    }

    [Fact]
    public void Modifiers_are_at_most_four_of_two_characters()
    {
        Assert.Equal(["charges[0].modifiers"], ErrorsOf(s => s.Charges![0].Modifiers = ["25", "59", "76", "77", "91"]).Keys);
        Assert.Equal(["charges[0].modifiers"], ErrorsOf(s => s.Charges![0].Modifiers = ["2-"]).Keys);
        Assert.Equal(["charges[0].modifiers"], ErrorsOf(s => s.Charges![0].Modifiers = [null!]).Keys);
    }

    [Fact]
    public void Notes_together_are_bounded_so_every_pipeline_message_stays_small()
    {
        var note = new string('x', EncounterValidator.MaxNoteLength);
        var errors = ErrorsOf(s => s.Notes = [.. Enumerable.Range(0, 6).Select(_ => new NoteSubmission { Type = "progress", Author = "Dr. Test", Date = DateTimeOffset.UnixEpoch, Text = note })]);

        Assert.Equal(["notes"], errors.Keys);
    }

    [Fact]
    public void Note_type_and_author_are_bounded()
    {
        var errors = ErrorsOf(s =>
        {
            s.Notes![0].Type = new string('t', EncounterValidator.MaxNoteLabelLength + 1);
            s.Notes[0].Author = new string('a', EncounterValidator.MaxNoteLabelLength + 1);
        });

        Assert.Equal(["notes[0].author", "notes[0].type"], errors.Keys.Order());
    }
}
