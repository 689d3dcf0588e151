using MedCoder.CodeSets.Library;
using MedCoder.CodeSuggestion.Engine;

namespace MedCoder.CodeSuggestion.Tests;

public sealed class FirstPassCoderTests
{
    private static readonly Lazy<FirstPassCoder> Coder = new(() => new FirstPassCoder(CodeSetLibrary.Load()));

    [Fact]
    public void Codes_assessment_diagnoses_with_evidence_spans()
    {
        const string note = "CHIEF COMPLAINT: Follow-up.\nASSESSMENT AND PLAN:\n1. Essential (primary) hypertension, stable.\n2. Type 2 diabetes mellitus with hyperglycemia.\n";

        var result = Coder.Value.Code(TestEncounters.WithNote(note));

        Assert.Equal(["I10", "E11.65"], result.Codes.Select(c => c.Code));
        var evidence = result.Codes[0].Evidence.Single();
        Assert.Contains("hypertension", note[evidence.Start..evidence.End], StringComparison.Ordinal);
        Assert.All(result.Codes, c => Assert.InRange(c.Confidence, 0.5, 1.0));
        Assert.Equal("ICD-10-CM FY2026", result.CodeSetVersion);
    }

    [Fact]
    public void Negated_sentences_are_not_coded()
    {
        var result = Coder.Value.Code(TestEncounters.WithNote("ASSESSMENT:\nNo essential (primary) hypertension.\n"));

        Assert.Empty(result.Codes);
    }

    [Fact]
    public void Uses_the_release_in_force_on_the_date_of_service()
    {
        var result = Coder.Value.Code(TestEncounters.WithNote("ASSESSMENT: Essential (primary) hypertension.", new DateOnly(2025, 9, 30)));

        Assert.Equal("ICD-10-CM FY2025", result.CodeSetVersion);
    }

    [Fact]
    public void Never_returns_a_header_code()
    {
        var release = CodeSetLibrary.Load().Icd10CmEditions.MaxBy(e => e.FiscalYear)!.Codes;
        var result = Coder.Value.Code(TestEncounters.WithNote("ASSESSMENT: Type 2 diabetes mellitus. Acute kidney failure. Pneumonia, unspecified organism."));

        Assert.NotEmpty(result.Codes);
        Assert.All(result.Codes, c => Assert.True(release.Find(c.Code)!.Billable, c.Code));
    }
}
