using MedCoder.Coding.Context;
using MedCoder.Coding.Reading;

namespace MedCoder.Coding.Tests;

public sealed class NoteReaderTests
{
    [Fact]
    public void Detects_caps_and_title_case_headers_and_their_kinds()
    {
        const string note = "CHIEF COMPLAINT: Cough.\nSUBJECTIVE:, Feels unwell.\nHistory of Present Illness: Three days of fever.\nFAMILY HISTORY: Mother with diabetes.\nAssessment and Plan:\n1. Pneumonia.\n";

        var read = NoteReader.Read(note);

        Assert.Equal(
            [SectionKind.ChiefComplaint, SectionKind.Hpi, SectionKind.Hpi, SectionKind.FamilyHistory, SectionKind.Assessment],
            read.Sentences.Select(s => s.Section));
        Assert.Equal("Pneumonia", note[read.Sentences[^1].Start..read.Sentences[^1].End]);
        Assert.Equal("Feels unwell", note[read.Sentences[1].Start..read.Sentences[1].End]);
    }

    [Theory]
    [InlineData("haemorrhage", "hemorrhage")]
    [InlineData("Oedema", "edema")]
    [InlineData("dyslipidaemia", "dyslipidemia")]
    [InlineData("oesophagus", "esophagus")]
    [InlineData("coeliac", "celiac")]
    [InlineData("diarrhoea", "diarrhea")]
    [InlineData("tumours", "tumor")]
    public void British_spellings_read_as_the_code_books_american_ones(string written, string normal) =>
        Assert.Equal(WordForms.Normalize(normal), WordForms.Normalize(written));

    [Fact]
    public void A_british_note_gets_the_same_codes_as_an_american_one()
    {
        var british = SharedCoder.Codes("ASSESSMENT: Oesophageal haemorrhage. Iron deficiency anaemia.", MedCoder.Contracts.Encounters.CareSetting.Inpatient);
        var american = SharedCoder.Codes("ASSESSMENT: Esophageal hemorrhage. Iron deficiency anemia.", MedCoder.Contracts.Encounters.CareSetting.Inpatient);

        Assert.Contains("D50.9", american);
        Assert.Equal(american, british);
    }

    [Fact]
    public void Splits_sentences_but_not_after_abbreviations_or_inside_numbers()
    {
        const string note = "Seen by Dr. Smith today. Temperature 38.5 C; cough persists\nno vomiting";

        var sentences = NoteReader.Read(note).Sentences.Select(s => note[s.Start..s.End]).ToList();

        Assert.Equal(["Seen by Dr. Smith today", "Temperature 38.5 C", "cough persists", "no vomiting"], sentences);
    }

    [Fact]
    public void Splits_numbered_items_inside_a_line_but_not_a_parenthesised_number()
    {
        const string note = "1) influenza A pneumonia 2) history of pulmonary embolism (x2) and gravida 3 para (2) now";

        var sentences = NoteReader.Read(note).Sentences.Select(s => note[s.Start..s.End]).ToList();

        Assert.Equal(["influenza A pneumonia", "history of pulmonary embolism (x2) and gravida 3 para (2) now"], sentences);
    }

    [Fact]
    public void Expands_abbreviations_keeping_the_original_offsets()
    {
        const string note = "Known CHF and DM2, s/p appendectomy.";

        var read = NoteReader.Read(note);

        var heart = read.Tokens.First(t => t.Word == "heart");
        Assert.Equal("CHF", note[heart.Start..heart.End]);
        var type = read.Tokens.First(t => t.Word == "2");
        Assert.Equal("DM2", note[type.Start..type.End]);
        var status = read.Tokens.First(t => t.Word == "status");
        Assert.Equal("s/p", note[status.Start..status.End]);
    }

    [Fact]
    public void Context_marks_negation_up_to_a_terminator_and_history_and_family()
    {
        const string note = "Denies chest pain but reports cough. History of pneumonia. Mother had breast cancer. Rule out sepsis.";

        var read = NoteReader.Read(note);
        var flags = ContextScanner.Scan(read);
        ContextFlags Of(string word) => flags[Array.FindIndex(read.Tokens, t => t.Word == word)];

        Assert.True(Of("chest").HasFlag(ContextFlags.Negated));
        Assert.False(Of("cough").HasFlag(ContextFlags.Negated));
        Assert.True(Of("pneumonia").HasFlag(ContextFlags.History));
        Assert.True(Of("breast").HasFlag(ContextFlags.Family));
        Assert.True(Of("sepsis").HasFlag(ContextFlags.Uncertain));
    }
}
