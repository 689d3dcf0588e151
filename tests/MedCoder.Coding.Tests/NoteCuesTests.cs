using MedCoder.Coding.Services;

namespace MedCoder.Coding.Tests;

/// <summary>The word-start pre-check only skips notes the cue regex could not match.</summary>
public sealed class NoteCuesTests
{
    private static readonly NoteCues Cues = new("admit", "icu", "hospitali[sz]ation");

    [Theory]
    [InlineData("Plan: ADMIT to the ICU.", 2)]
    [InlineData("Prolonged Hospitalisation expected.", 1)]
    [InlineData("Plan: rest and fluids.", 0)]
    [InlineData("No admit today.", 0)] // negated cue: found by the regex, not asserted
    [InlineData("readmit is not a cue word.", 0)]
    public void Finds_the_asserted_cues_whatever_the_case(string text, int expected) =>
        Assert.Equal(expected, Cues.In(text, 0).Count);

    [Fact]
    public void A_note_with_a_non_ascii_word_start_is_read_by_the_regex()
    {
        // U+212A (Kelvin sign) is a case-insensitive k for the regex; the pre-check does not fold it, so it steps aside.
        var kelvin = new NoteCues("kel");

        Assert.Single(kelvin.In("\u212Ael reading.", 0));
        Assert.Single(kelvin.In("KEL reading.", 0));
    }

    [Fact]
    public void Phrases_that_do_not_start_with_three_literal_letters_always_run_the_regex()
    {
        var cues = new NoteCues("(?:up|down)-?titrat\\w+", "ab?c");

        Assert.Single(cues.In("Will uptitrate the dose.", 0));
        Assert.Single(cues.In("Then ac was given.", 0));
    }
}
