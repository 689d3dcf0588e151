using MedCoder.CodeSets.Icd10Cm;
using MedCoder.Coding.Reading;
using MedCoder.Coding.Routing;
using MedCoder.Coding.Rules;
using MedCoder.Contracts.Coding;
using MedCoder.Contracts.Encounters;
using MedCoder.Testing;
using static MedCoder.Coding.Tests.SharedCoder;

namespace MedCoder.Coding.Tests;

/// <summary>
/// Rules written from coding real dictated notes (README, "Dictated notes"): what a sentence's own words say about the
/// condition it names, the sequencing notes, the coder's doubt about unspecified codes, and what keeps an encounter
/// from auto-release.
/// </summary>
public sealed class RealNoteRulesTests
{
    [Theory]
    [InlineData("ASSESSMENT: Routine gynecological examination with cervical cytology, no abnormal findings.", "R87.619")]
    [InlineData("ASSESSMENT: Annual skin exam given family history of melanoma.", "C43.9")]
    [InlineData("ASSESSMENT: Elevated blood pressure reading without diagnosis of hypertension. Will recheck before labeling hypertension.", "I10")]
    [InlineData("ASSESSMENT: Follow-up examination after completed treatment for pneumonia.", "J18.9")]
    [InlineData("PLAN: Influenza vaccine given today.", "J11.1")]
    [InlineData("ASSESSMENT: Intrauterine pregnancy at 28 weeks. Preterm labor precautions reviewed.", "O60.00")]
    public void A_sentence_that_says_the_condition_is_absent_someone_elses_past_or_prevented_codes_nothing_for_it(string note, string notCode)
    {
        Assert.DoesNotContain(notCode, Codes(note, CareSetting.Office));
    }

    [Fact]
    public void A_negation_the_title_itself_says_stays_part_of_the_title()
    {
        Assert.Contains("R03.0", Codes("ASSESSMENT: Elevated blood pressure reading without diagnosis of hypertension."));
        Assert.Contains("K21.9", Codes("ASSESSMENT: Gastro-esophageal reflux disease without esophagitis."));
    }

    [Fact]
    public void A_post_trigger_with_its_own_subject_stops_at_the_comma()
    {
        var codes = Codes("DISCHARGE DIAGNOSES:\n1. Sepsis due to left lower lobe pneumonia, organism not identified.", CareSetting.Inpatient);

        Assert.Contains(codes, c => c.StartsWith("J18", StringComparison.Ordinal));
    }

    [Fact]
    public void A_condition_resolved_during_the_stay_is_a_diagnosis_of_the_stay_but_past_at_an_office_visit()
    {
        Assert.Contains("J96.01", Codes("DISCHARGE DIAGNOSES:\n1. Acute hypoxic respiratory failure, resolved.", CareSetting.Inpatient));
        Assert.DoesNotContain("J18.9", Codes("ASSESSMENT: Pneumonia, resolved clinically and radiographically.", CareSetting.Office));
    }

    [Fact]
    public void A_sign_written_as_a_feature_of_the_diagnosis_is_part_of_it()
    {
        var codes = Codes("ASSESSMENT: Right carpal tunnel syndrome, moderate to severe, with thenar weakness.");

        Assert.Equal(["G56.01"], codes);
    }

    [Theory]
    [InlineData("ASSESSMENT: Type 2 diabetes mellitus, poorly controlled.", "E11.65")]
    [InlineData("ASSESSMENT: Diabetes mellitus type 2, inadequately controlled.", "E11.65")]
    public void Poorly_controlled_diabetes_is_coded_with_hyperglycemia(string note, string code)
    {
        var codes = Codes(note);

        Assert.Contains(code, codes);
        Assert.DoesNotContain(codes, c => c.EndsWith(".9", StringComparison.Ordinal) && c.StartsWith('E'));
    }

    [Fact]
    public void Hypoxic_reads_as_the_titles_with_hypoxia()
    {
        Assert.Contains("J96.11", Codes("ASSESSMENT: Chronic hypoxic respiratory failure.", CareSetting.Inpatient));
    }

    [Theory]
    [InlineData("ASSESSMENT:\n1. Chronic systolic heart failure.\n2. Hypertensive heart disease with heart failure.", "I11.0")]
    [InlineData("ASSESSMENT:\n1. Chronic kidney disease stage 3a.\n2. Type 2 diabetes mellitus with diabetic chronic kidney disease.", "E11.22")]
    public void The_etiology_a_sequencing_note_names_is_listed_first(string note, string first)
    {
        Assert.Equal(first, Codes(note)[0]);
    }

    [Theory]
    [InlineData("(I50.-)", "I50", "I50")]
    [InlineData("stage of chronic kidney disease (N18.1-N18.6)", "N181", "N186")]
    [InlineData("COVID-19 (U07.1)", "U071", "U071")]
    public void Sequencing_notes_name_codes_and_ranges(string text, string from, string to)
    {
        Assert.Contains(new NoteCodeRange(from, to), NoteReferences.Ranges(text));
    }

    [Fact]
    public void An_unspecified_code_beside_a_siblings_word_stays_below_auto_release()
    {
        var doubt = new SpecificityDoubt(SharedCoder.CodeSets.Value.For(EncounterBuilder.ServiceDate).Icd10Cm.Release.Codes);
        Candidate Cataract(string text, string span = "Cataract")
        {
            var candidate = new Candidate(CodeSystems.Icd10Cm, "H269") { Confidence = 0.95 };
            candidate.AddEvidence(0, text.IndexOf(span, StringComparison.Ordinal), text.IndexOf(span, StringComparison.Ordinal) + span.Length);
            doubt.Apply([NoteReader.Read(text)], [candidate]);
            return candidate;
        }

        Assert.Equal(SpecificityDoubt.Ceiling, Cataract("ASSESSMENT: Cataract of left eye.", "Cataract of").Confidence); // the siblings have sides
        Assert.Equal(0.95, Cataract("ASSESSMENT: Cataract noted, follow in one year.", "Cataract noted").Confidence);

        // The bare word of a condition's default code ("Unspecified cataract"): the record may say more elsewhere.
        Assert.Equal(SpecificityDoubt.Ceiling, Cataract("ASSESSMENT: Cataract, follow in one year.").Confidence);
        Assert.True(Instance.Value.Code(TestEncounters.WithNote("ASSESSMENT: Cataract of left eye.")).Codes.Single(c => c.Code == "H26.9").Confidence <= SpecificityDoubt.Ceiling);
    }

    [Fact]
    public void A_line_of_the_assessment_no_code_covers_keeps_the_encounter_from_auto_release()
    {
        var covered = Instance.Value.Code(TestEncounters.WithNote("ASSESSMENT:\n1. Essential hypertension."));
        var uncovered = Instance.Value.Code(TestEncounters.WithNote("ASSESSMENT:\n1. Essential hypertension.\n2. Zorbian flux syndrome of the left ear."));

        Assert.DoesNotContain(covered.Route.Reasons, r => r.StartsWith(ReleaseRouter.UncodedStatement, StringComparison.Ordinal));
        Assert.Contains($"{ReleaseRouter.UncodedStatement}:1", uncovered.Route.Reasons);
        Assert.False(uncovered.Route.AutoRelease);
    }

    [Fact]
    public void The_pregnant_state_is_incidental_only_when_the_provider_says_so()
    {
        Assert.DoesNotContain("Z33.1", Codes("ASSESSMENT:\n1. Intrauterine pregnancy at 8 weeks.\n2. Acute bronchitis.", CareSetting.Office));
    }

    [Fact]
    public void A_drug_started_now_is_not_long_term_therapy()
    {
        Assert.DoesNotContain("Z79.01", Codes("MEDICATIONS: Apixaban 5 mg twice daily (new).\nASSESSMENT: Atrial fibrillation.", CareSetting.Office));
        Assert.Contains("Z79.01", Codes("MEDICATIONS: Apixaban 5 mg twice daily.\nASSESSMENT: Atrial fibrillation.", CareSetting.Office));
    }

    [Fact]
    public void An_operation_on_the_injury_is_the_initial_encounter_whatever_follow_up_it_plans()
    {
        const string note = "POSTOPERATIVE DIAGNOSIS: Displaced Colles fracture of right distal radius.\nPROCEDURE: Open reduction and internal fixation.\n" +
                            "PLAN: Follow-up in 10 to 14 days.";

        Assert.Contains(Codes(note, CareSetting.Outpatient), c => c.StartsWith("S52.531", StringComparison.Ordinal) && c.EndsWith('A'));
    }
}
