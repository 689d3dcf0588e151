using MedCoder.Coding.Routing;
using MedCoder.Contracts.Coding;
using MedCoder.Contracts.Encounters;
using static MedCoder.Coding.Tests.SharedCoder;

namespace MedCoder.Coding.Tests;

/// <summary>
/// A claim code is one the note names (a code-book title, inclusion term, index entry or abbreviation) in an asserted
/// statement; what the lexicon learned from CodiEsp ranks such codes but never makes one, and only spans that name the
/// condition are evidence. Auto-release only when every code is a direct statement of the final diagnostic statement.
/// </summary>
public sealed class ClaimAnchoringTests
{
    private static readonly Lazy<ClinicalCoder> Indexer = new(() => new ClinicalCoder(SharedCoder.CodeSets.Value, CodingPurpose.Index));

    // Words that co-occur with codes in CodiEsp case reports without naming them: each once made a claim code
    // (F32.9 depression, F17.200 nicotine dependence, R01.1 murmur, T14.8 injury, B99.9 infection).
    private const string Narrative = "HPI: 72-year-old man seen after a treadmill test that showed mild ST depressions. He has the ability to climb " +
                                     "two flights of stairs. Blood pressure systolic 150s. Sputum grew Pseudomonas. The surgical wound was closed.";

    [Fact]
    public void Learned_co_occurrence_never_makes_a_claim_code()
    {
        var claim = Codes(Narrative);
        var index = Indexer.Value.Code(TestEncounters.WithNote(Narrative)).Codes.Select(c => c.Code).ToList();

        Assert.Contains(index, c => c is "F32.9" or "F32.A" or "F17.200" or "R01.1"); // the index still lists what CodiEsp would
        Assert.All(claim, c => Assert.Equal("R94.31", c)); // at most the one finding the note names: an abnormal electrocardiogram
    }

    [Fact]
    public void Evidence_spans_name_the_condition()
    {
        const string note = "HPI: Sputum grew Pseudomonas. She takes furosemide.\nASSESSMENT: Essential hypertension.";

        var hypertension = Instance.Value.Code(TestEncounters.WithNote(note)).Codes.Single(c => c.Code == "I10");

        Assert.All(hypertension.Evidence, e => Assert.Contains("hypertension", note[e.Start..e.End], StringComparison.Ordinal));
    }

    [Fact]
    public void Only_direct_statements_of_the_final_diagnostic_statement_are_released_without_a_coder()
    {
        static CodingRoute Route(string note) => Instance.Value.Code(TestEncounters.WithNote(note)).Route;

        const string diabetes = "HPI: Follow-up of type 2 diabetes mellitus with hyperglycemia.\nASSESSMENT: Type 2 diabetes mellitus with hyperglycemia.";
        var stated = Route(diabetes);
        var withStatus = Route("SOCIAL HISTORY: Former smoker.\n" + diabetes);
        var narrativeOnly = Route("HPI: Three days of chest pain.");

        Assert.True(stated.AutoRelease);
        Assert.False(withStatus.AutoRelease);
        Assert.Contains($"{ReleaseRouter.NotStated}:Z87.891", withStatus.Reasons);
        Assert.False(narrativeOnly.AutoRelease);
        Assert.Contains($"{ReleaseRouter.NotStated}:R07.9", narrativeOnly.Reasons);
    }

    [Fact]
    public void A_condition_an_outpatient_note_names_once_waits_for_a_coder_an_inpatient_record_does_not()
    {
        const string note = "ASSESSMENT: Type 2 diabetes mellitus with hyperglycemia.";

        var office = Instance.Value.Code(TestEncounters.WithNote(note, setting: CareSetting.Office));
        var inpatient = Instance.Value.Code(TestEncounters.WithNote(note, setting: CareSetting.Inpatient));

        Assert.False(office.Route.AutoRelease);
        Assert.Contains("low-confidence:E11.65", office.Route.Reasons);
        Assert.True(inpatient.Route.AutoRelease);
    }

    [Fact]
    public void A_code_reached_through_an_index_path_alone_waits_for_a_coder()
    {
        var codes = Instance.Value.Code(TestEncounters.WithNote("DISCHARGE DIAGNOSES:\n1. Diabetes with peripheral neuropathy, type 2.\nHPI: Type 2 diabetes with peripheral neuropathy.", setting: CareSetting.Inpatient)).Codes;

        var neuropathy = Assert.Single(codes, c => c.Code == "E11.42");
        Assert.Equal("dictionary:index", neuropathy.Rule);
        Assert.True(neuropathy.Confidence < ReleaseRouter.DefaultMinConfidence);
    }

    [Fact]
    public void A_code_not_stated_in_the_final_statement_stays_below_auto_release()
    {
        var codes = Instance.Value.Code(TestEncounters.WithNote("HPI: Three days of productive cough. History of pulmonary embolism.", setting: CareSetting.Office)).Codes;

        Assert.NotEmpty(codes);
        Assert.All(codes, c => Assert.True(c.Confidence < ReleaseRouter.DefaultMinConfidence, $"{c.Code} {c.Confidence}"));
    }

    [Fact]
    public void A_status_code_stated_in_the_assessment_stays_below_auto_release_beside_a_released_diagnosis()
    {
        const string note = "ASSESSMENT:\n1. Type 2 diabetes mellitus with hyperglycemia.\n2. Personal history of colonic polyps, surveillance colonoscopy due next year.";
        var codes = Instance.Value.Code(TestEncounters.WithNote(note, setting: CareSetting.Inpatient)).Codes;

        Assert.True(codes.Single(c => c.Code == "E11.65").Confidence >= ReleaseRouter.DefaultMinConfidence);
        Assert.True(codes.Single(c => c.Code.StartsWith("Z86.010", StringComparison.Ordinal)).Confidence < ReleaseRouter.DefaultMinConfidence);
    }
}
