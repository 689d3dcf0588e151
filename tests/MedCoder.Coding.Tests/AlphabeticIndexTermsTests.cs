using MedCoder.Coding.Matching;
using MedCoder.Coding.Reading;
using MedCoder.Coding.Rules;
using static MedCoder.Coding.Tests.SharedCoder;

namespace MedCoder.Coding.Tests;

/// <summary>
/// The Alphabetic Index read as dictionary terms: a diagnosis stated as a coder looks it up (main term and subterms, in
/// the note's order and wording) gets the code the index leads to in the edition in force. Expected codes are billable
/// in the FY2026 order file.
/// </summary>
public sealed class AlphabeticIndexTermsTests
{
    private static readonly Lazy<List<(HashSet<string> Words, string Code)>> Phrases = new(() =>
    {
        var edition = SharedCoder.CodeSets.Value.For(EncounterDate).Icd10Cm.Release;
        return [.. IndexTerms.Of(edition.AlphabeticIndex!, new CodeHierarchy(edition))
            .Select(p => (WordForms.ContentWords(TermText.Clean(p.Phrase)).ToHashSet(StringComparer.Ordinal), p.Code))];
    });

    private static DateOnly EncounterDate => MedCoder.Testing.EncounterBuilder.ServiceDate;

    [Theory]
    [InlineData("Type 2 diabetes mellitus with diabetic peripheral neuropathy.", "E11.42", "E11.40")] // Diabetes, type 2, with, polyneuropathy; Neuropathy, peripheral: see also Polyneuropathy
    [InlineData("Acute cholecystitis with cholelithiasis.", "K80.00", "K81.0")] // Cholecystitis, acute, with, cholelithiasis: see Calculus, gallbladder, with cholecystitis, acute
    [InlineData("Sigmoid diverticulitis.", "K57.32", "K57.92")] // Diverticulitis, intestine, large; Diverticulum, sigmoid: see Diverticulosis, intestine, large
    [InlineData("Deep vein thrombosis of the left femoral vein.", "I82.412", "I82.409")] // Thrombosis, vein, femoral (I82.41-), left
    [InlineData("Carpal tunnel syndrome of the right wrist.", "G56.01", "G56.00")] // Syndrome, carpal tunnel (G56.0-), right
    public void A_diagnosis_stated_in_the_assessment_is_coded_through_the_index(string statement, string code, string lessSpecific)
    {
        var codes = Codes("ASSESSMENT:\n" + statement + "\n");

        Assert.Contains(code, codes);
        Assert.DoesNotContain(lessSpecific, codes);
    }

    [Theory]
    [InlineData("Right carpal tunnel syndrome.", "G56.01")]
    [InlineData("Syndrome, carpal tunnel, left.", "G56.02")]
    [InlineData("Cholelithiasis.", "K80.20")] // see Calculus, gallbladder
    [InlineData("Gallstones.", "K80.20")] // see also Calculus, gallbladder
    [InlineData("Acute on chronic cholecystitis with cholelithiasis.", "K80.12")] // Calculus, gallbladder, with cholecystitis, acute, with chronic cholecystitis
    [InlineData("Multiple sclerosis.", "G35.D")] // the FY2025 index's G35, subdivided in FY2026: G35.A … G35.D, default G35.D
    [InlineData("Diverticulitis of the large intestine.", "K57.32")]
    public void Index_paths_lead_to_their_codes_in_either_order_and_through_their_references(string statement, string code) =>
        Assert.Contains(code, Codes("ASSESSMENT:\n" + statement + "\n"));

    [Fact]
    public void Index_paths_are_dictionary_terms_with_the_side_a_dash_code_needs()
    {
        Assert.Contains(Phrases.Value, p => p.Code == "G5601" && p.Words.SetEquals(["syndrome", "carpal", "tunnel", "right"]));
        Assert.Contains(Phrases.Value, p => p.Code == "G5600" && p.Words.SetEquals(["syndrome", "carpal", "tunnel"]));
        Assert.Contains(Phrases.Value, p => p.Code == "I82412" && p.Words.IsSupersetOf(["thrombosis", "vein", "femoral", "left"]));
        Assert.DoesNotContain(Phrases.Value, p => p.Code == "G5601" && !p.Words.Contains("right"));
    }

    [Fact]
    public void Paths_that_name_nothing_specific_are_left_out()
    {
        // A lone word that names no disease ("Examination", "Symptoms"), an encounter's reason with its site
        // ("Examination, eye"), "infection" with its site ("Infection, colon"), and "specified type NEC" subterms that
        // would read as their parent. Two words with a specific one stay ("Disease, heart").
        Assert.DoesNotContain(Phrases.Value, p => p.Words.SetEquals(["examination"]));
        Assert.DoesNotContain(Phrases.Value, p => p.Words.SetEquals(["symptom"]));
        Assert.DoesNotContain(Phrases.Value, p => p.Words.SetEquals(["examination", "eye"]));
        Assert.DoesNotContain(Phrases.Value, p => p.Words.SetEquals(["infection", "colon"]));
        Assert.DoesNotContain(Phrases.Value, p => p.Code.StartsWith("E13", StringComparison.Ordinal) && p.Words.SetEquals(["diabete", "with", "neuropathy"]));
        Assert.Contains(Phrases.Value, p => p.Code == "I519" && p.Words.SetEquals(["disease", "heart"]));
        Assert.Contains(Phrases.Value, p => p.Code == "K8020" && p.Words.SetEquals(["cholelithiasis"])); // a clinical term on its own
    }
}
