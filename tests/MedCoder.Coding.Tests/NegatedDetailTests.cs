namespace MedCoder.Coding.Tests;

/// <summary>A negation inside a longer term denies that term, not the condition it names first (claim purpose).</summary>
public sealed class NegatedDetailTests
{
    [Theory]
    [InlineData("ASSESSMENT:\n1. COPD, stable, no exacerbation.\n")]
    [InlineData("ASSESSMENT:\n1. COPD, severe, stable, not in exacerbation.\n")]
    public void A_denied_exacerbation_leaves_the_disease(string note)
    {
        var codes = SharedCoder.Codes(note);

        Assert.Contains("J44.9", codes);
        Assert.DoesNotContain("J44.1", codes);
    }

    [Fact]
    public void A_denied_organism_leaves_the_sepsis()
    {
        var codes = SharedCoder.Codes("ASSESSMENT:\n1. Sepsis, organism not identified.\n", Contracts.Encounters.CareSetting.Inpatient);

        Assert.Contains("A41.9", codes);
    }

    [Fact]
    public void A_condition_denied_itself_stays_uncoded()
    {
        var codes = SharedCoder.Codes("ASSESSMENT:\n1. Cough. No COPD exacerbation and no COPD.\n");

        Assert.DoesNotContain("J44.1", codes);
    }
}
