using MedCoder.Contracts.Encounters;

namespace MedCoder.CodeSuggestion.Tests.Engine;

/// <summary>
/// Assessments as providers write them, against the code a coder assigns from the code book and Index (FY2026): the
/// note's wording differs from the title by a possessive, a hyphen, "with", "or", "both", an unsaid default or an
/// abbreviation.
/// </summary>
public sealed class CommonStatementsTests
{
    [Theory]
    [InlineData("COPD exacerbation.", "J44.1")]                                       // "... with (acute) exacerbation"
    [InlineData("Acute exacerbation of COPD.", "J44.1")]
    [InlineData("Gastroesophageal reflux disease with esophagitis.", "K21.00")]       // "Gastro-esophageal ..., without bleeding"
    [InlineData("Urinary tract infection due to E. coli.", "N39.0", "B96.20")]        // "Escherichia coli [E. coli]"
    [InlineData("Nicotine dependence, cigarettes.", "F17.210")]                       // "..., uncomplicated", not "with unspecified ... disorders"
    [InlineData("Parkinson disease.", "G20.A1")]                                      // "Parkinson's disease"
    [InlineData("Crohn disease.", "K50.90")]
    [InlineData("Hashimoto thyroiditis.", "E06.3")]                                   // inclusion term "Hashimoto's thyroiditis"
    [InlineData("Rotator cuff tear of right shoulder.", "M75.101")]                   // "... tear or rupture of right shoulder"
    [InlineData("Osteoarthritis of left hip.", "M16.12")]                             // Index: primary is the default
    [InlineData("Type 1 diabetes mellitus with diabetic ketoacidosis without coma.", "E10.10")] // no E11.9 for "diabetic"
    public void An_assessment_gets_exactly_the_codes_a_coder_assigns(string assessment, params string[] expected)
    {
        var codes = SharedCoder.Codes("ASSESSMENT: " + assessment, CareSetting.Office);

        Assert.Equal(expected.Order(StringComparer.Ordinal), codes.Order(StringComparer.Ordinal));
    }
}
