using MedCoder.Coding.Reading;
using static MedCoder.Coding.Tests.SharedCoder;

namespace MedCoder.Coding.Tests;

/// <summary>US dictated notes: section headers in their many spellings and layouts; a heading's words are never read as a condition.</summary>
public sealed class NoteStructureTests
{
    private static List<(SectionKind Section, string Text)> Sections(string note)
    {
        var read = NoteReader.Read(note);
        return [.. read.Sentences.Select(s => (s.Section, note[s.Start..s.End]))];
    }

    [Theory]
    [InlineData("CC: Cough.", SectionKind.ChiefComplaint)]
    [InlineData("Reason for Visit: Cough.", SectionKind.ChiefComplaint)]
    [InlineData("HPI: Cough.", SectionKind.Hpi)]
    [InlineData("PMH: Cough.", SectionKind.PastMedicalHistory)]
    [InlineData("PAST SURGICAL HISTORY: Cough.", SectionKind.PastSurgicalHistory)]
    [InlineData("PSH: Cough.", SectionKind.PastSurgicalHistory)]
    [InlineData("FH: Cough.", SectionKind.FamilyHistory)]
    [InlineData("SH: Cough.", SectionKind.SocialHistory)]
    [InlineData("Allergies: Cough.", SectionKind.Allergies)]
    [InlineData("CURRENT MEDICATIONS: Cough.", SectionKind.Medications)]
    [InlineData("ROS: Cough.", SectionKind.Ros)]
    [InlineData("PE: Cough.", SectionKind.Exam)]
    [InlineData("LABORATORY DATA: Cough.", SectionKind.Labs)]
    [InlineData("RADIOLOGY: Cough.", SectionKind.Imaging)]
    [InlineData("A/P: Cough.", SectionKind.Assessment)]
    [InlineData("IMPRESSION: Cough.", SectionKind.Assessment)]
    [InlineData("Plan: Cough.", SectionKind.Plan)]
    [InlineData("PRE-OPERATIVE DIAGNOSIS: Cough.", SectionKind.PreoperativeDiagnosis)]
    [InlineData("POSTOPERATIVE DIAGNOSES: Cough.", SectionKind.PostoperativeDiagnosis)]
    [InlineData("PROCEDURES PERFORMED: Cough.", SectionKind.Procedures)]
    [InlineData("FINDINGS: Cough.", SectionKind.Findings)]
    [InlineData("COMPLICATIONS: Cough.", SectionKind.Complications)]
    [InlineData("INDICATIONS FOR PROCEDURE: Cough.", SectionKind.Indications)]
    [InlineData("DIAGNOSIS AT DISCHARGE: Cough.", SectionKind.DischargeDiagnoses)]
    [InlineData("FINAL DIAGNOSES: Cough.", SectionKind.DischargeDiagnoses)]
    [InlineData("HOSPITAL COURSE: Cough.", SectionKind.HospitalCourse)]
    [InlineData("PAST MEDICAL HISTORY/PROBLEM LIST: Cough.", SectionKind.PastMedicalHistory)]
    public void Recognises_a_header_in_its_spellings_and_abbreviations(string line, SectionKind kind) =>
        Assert.Equal([(kind, "Cough")], Sections(line));

    [Fact]
    public void Reads_headers_alone_on_their_line_run_on_in_capitals_and_left_by_dictation()
    {
        const string note = "HISTORY OF PRESENT ILLNESS\nSUBJECTIVE:, Feels unwell. PAST MEDICAL HISTORY: Asthma. SOCIAL HISTORY: Teacher.\n" +
                            "HPI The patient has a cough.\nIMPRESSION\n1. Pneumonia.\nStable. Plan: Rest.";

        Assert.Equal(
            [
                (SectionKind.Hpi, "Feels unwell"), (SectionKind.PastMedicalHistory, "Asthma"), (SectionKind.SocialHistory, "Teacher"),
                (SectionKind.Hpi, "The patient has a cough"), (SectionKind.Assessment, "Pneumonia"), (SectionKind.Assessment, "Stable"),
                (SectionKind.Plan, "Rest"),
            ],
            Sections(note));
    }

    [Fact]
    public void A_label_that_is_not_a_header_is_text_of_its_section()
    {
        // An exam's body systems stay in the exam; a problem-oriented assessment's labels are the diagnoses.
        const string note = "PHYSICAL EXAMINATION:\nHEENT: Normocephalic.\nASSESSMENT AND PLAN:\n#1 Hypertension: well controlled, continue lisinopril.";

        Assert.Equal(
            [(SectionKind.Exam, "HEENT: Normocephalic"), (SectionKind.Assessment, "Hypertension: well controlled, continue lisinopril")],
            Sections(note));
    }

    [Fact]
    public void A_line_in_capitals_is_a_statement_not_a_header()
    {
        Assert.Equal([(SectionKind.Assessment, "ACUTE PANCREATITIS")], Sections("ASSESSMENT:\nACUTE PANCREATITIS"));
        Assert.Equal([(SectionKind.Other, "A 62-year-old man presents")], Sections("A 62-year-old man presents"));
    }

    [Fact]
    public void No_code_comes_from_a_headings_words()
    {
        // "HISTORY OF PRESENT ILLNESS" once gave R69 (illness, unspecified) on a quarter of dictated notes.
        const string note = "HISTORY OF PRESENT ILLNESS\nThe patient is here for a checkup.\nCOMPLICATIONS\nNone.\nASSESSMENT\nEssential hypertension.";

        var result = Instance.Value.Code(TestEncounters.WithNote(note));

        Assert.DoesNotContain("R69", result.Codes.Select(c => c.Code));
        Assert.DoesNotContain(result.Codes, c => c.Code.StartsWith("T81", StringComparison.Ordinal));
        Assert.Contains("I10", result.Codes.Select(c => c.Code));
        var headings = new[] { "HISTORY OF PRESENT ILLNESS", "COMPLICATIONS", "ASSESSMENT" }.Select(h => (Start: note.IndexOf(h, StringComparison.Ordinal), h.Length));
        Assert.All(result.Codes.SelectMany(c => c.Evidence), e => Assert.DoesNotContain(headings, h => e.Start < h.Start + h.Length && h.Start < e.End));
    }
}
