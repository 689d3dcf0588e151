using static MedCoder.Coding.Tests.SharedCoder;

namespace MedCoder.Coding.Tests;

/// <summary>
/// Coders code the provider's diagnostic statements; exam and review-of-systems findings support them
/// (Guidelines I.A.19 and IV: code to the highest certainty documented in the final diagnostic statement).
/// </summary>
public sealed class DiagnosticStatementTests
{
    [Fact]
    public void With_an_assessment_normal_exam_findings_are_not_coded()
    {
        const string note = "PHYSICAL EXAM:\nHEENT: Normocephalic, atraumatic.\nNeck: Supple, no lymphadenopathy.\nSkin: Warm and dry.\n" +
                            "ASSESSMENT:\n1. Essential (primary) hypertension.";

        var diagnoses = Instance.Value.Code(TestEncounters.WithNote(note)).Codes.Where(c => c.System == Contracts.Coding.CodeSystems.Icd10Cm);

        Assert.Equal(["I10"], diagnoses.Select(c => c.Code));
    }

    [Fact]
    public void Without_inside_a_code_title_does_not_negate_the_diagnosis()
    {
        Assert.Contains("K21.9", Codes("ASSESSMENT:\n1. Gastro-esophageal reflux disease without esophagitis."));
    }

    [Fact]
    public void A_negation_governs_the_whole_list_that_follows_it()
    {
        var codes = Codes("HISTORY OF PRESENT ILLNESS: Denies chest pain, shortness of breath, vision changes, focal weakness or leg swelling.\n" +
                          "ASSESSMENT: Essential (primary) hypertension.");

        Assert.DoesNotContain("R53.1", codes);  // weakness
        Assert.DoesNotContain("R60.0", codes);  // localized edema
        Assert.DoesNotContain("R06.02", codes); // shortness of breath
        Assert.Contains("I10", codes);
    }

    [Fact]
    public void With_and_without_choose_between_codes()
    {
        var codes = Codes("ASSESSMENT:\n1. Diverticulitis of large intestine without perforation or abscess without bleeding.\n2. Type 2 diabetes mellitus without complications.");

        Assert.Contains("K57.32", codes);
        Assert.DoesNotContain("K57.20", codes); // with perforation and abscess
        Assert.Contains("E11.9", codes);
        Assert.DoesNotContain("E11.69", codes); // with other specified complication
    }
}
