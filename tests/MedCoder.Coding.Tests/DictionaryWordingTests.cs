using MedCoder.Coding.Matching;
using MedCoder.Contracts.Coding;
using MedCoder.Contracts.Encounters;
using static MedCoder.Coding.Tests.SharedCoder;

namespace MedCoder.Coding.Tests;

/// <summary>
/// The code book's wording is not the note's: the Alphabetic Index reads "hepatic steatosis" as fatty liver,
/// "carcinoma of tongue" as a malignant neoplasm of tongue, "chronic pain" as the NEC code; imaging is indexed by
/// modality and body part (ICD-10-PCS section B).
/// </summary>
public sealed class DictionaryWordingTests
{
    private static readonly Lazy<ClinicalCoder> Indexer = new(() => new ClinicalCoder(SharedCoder.CodeSets.Value, CodingPurpose.Index) { MinConfidence = 0 });

    private static List<SuggestedCode> Indexed(string note) =>
        [.. Indexer.Value.Code(TestEncounters.WithNote(note, setting: CareSetting.Inpatient)).Codes];

    [Theory]
    [InlineData("ASSESSMENT: Hepatic steatosis.", "K76.0")]
    [InlineData("ASSESSMENT: Squamous cell carcinoma of the tongue.", "C02.9")]
    [InlineData("ASSESSMENT: Lung metastases.", "C78.00")]
    [InlineData("ASSESSMENT: Bilateral eye pain.", "H57.13")]
    [InlineData("ASSESSMENT: Chronic pain.", "G89.29")]
    [InlineData("ASSESSMENT: Acute pancreatitis.", "K85.90")]
    [InlineData("ASSESSMENT: Migraine.", "G43.909")]
    [InlineData("ASSESSMENT: Post-laminectomy syndrome.", "M96.1")]
    [InlineData("ASSESSMENT: Anuria.", "R34")]
    [InlineData("ASSESSMENT: Perineal pain.", "R10.20")]
    [InlineData("ASSESSMENT: Urinary tract infection. Culture grew parvovirus.", "B97.6")]
    [InlineData("ASSESSMENT: Lyme.", "A69.20")]
    [InlineData("ASSESSMENT: Bronchospasm.", "J98.01")]
    [InlineData("ASSESSMENT: Nuclear cataract.", "H25.10")]
    [InlineData("ASSESSMENT: Breast pain.", "N64.4")]
    public void A_stated_diagnosis_in_the_notes_wording_gets_the_code_of_the_books_wording(string note, string code) =>
        Assert.Contains(code, Codes(note, CareSetting.Inpatient));

    [Theory]
    [InlineData("ASSESSMENT: Migraine without aura, not intractable, without status migrainosus.", "G43.009", "G43.019")]
    [InlineData("ASSESSMENT: Migraine without aura, intractable, without status migrainosus.", "G43.019", "G43.009")]
    [InlineData("ASSESSMENT: Alcohol dependence, not in remission.", "F10.20", "F10.21")]
    [InlineData("ASSESSMENT: Alcohol dependence in remission.", "F10.21", "F10.20")]
    [InlineData("ASSESSMENT: Opioid dependence.", "F11.20", "F11.29")] // no complication named: "uncomplicated"
    public void A_default_the_note_states_never_reads_as_its_opposite(string note, string code, string notCode)
    {
        var codes = Codes(note, CareSetting.Inpatient);

        Assert.Contains(code, codes);
        Assert.DoesNotContain(notCode, codes);
    }

    // The Neoplasm Table: site × behaviour; "tumor" is the unspecified-behaviour column (Index: Tumor — see Neoplasm,
    // unspecified behavior, by site); a '-' cell is completed by the documented side.
    [Theory]
    [InlineData("ASSESSMENT: Renal adenocarcinoma.", "C64.9")]
    [InlineData("ASSESSMENT: Adenocarcinoma of the right kidney.", "C64.1")]
    [InlineData("ASSESSMENT: Ovarian carcinoma.", "C56.9")]
    [InlineData("ASSESSMENT: Esophageal adenocarcinoma.", "C15.9")]
    [InlineData("ASSESSMENT: Liver metastases.", "C78.7")]
    [InlineData("ASSESSMENT: Carcinoma in situ of the bladder.", "D09.0")]
    [InlineData("ASSESSMENT: Adenoma of the rectum.", "D12.8")]
    [InlineData("ASSESSMENT: Gastric tumor.", "D49.0")]
    [InlineData("ASSESSMENT: Tumor of the left kidney.", "D49.512")]
    [InlineData("ASSESSMENT: Glioblastoma.", "C71.9")]
    [InlineData("ASSESSMENT: Meningioma.", "D32.9")]
    [InlineData("ASSESSMENT: Left testicular seminoma.", "C62.92")]
    public void A_neoplasm_is_coded_by_its_site_and_behaviour_from_the_neoplasm_table(string note, string code) =>
        Assert.Contains(code, Codes(note, CareSetting.Inpatient));

    [Theory]
    [InlineData("anus, anal", new[] { "anus", "anal" })]
    [InlineData("atrium, cardiac", new[] { "cardiac atrium" })]
    [InlineData("bile or biliary", new[] { "bile", "biliary" })]
    [InlineData("ankle NEC", new[] { "ankle" })]
    public void A_neoplasm_table_site_is_read_as_the_names_a_note_uses(string term, string[] names) =>
        Assert.Equal(names, NeoplasmTerms.SiteNames(term, [string.Empty]));

    [Fact]
    public void A_neoplasm_table_subsite_carries_its_sites_words() =>
        Assert.Equal(["dome bladder"], NeoplasmTerms.SiteNames("dome", ["bladder"]));

    [Theory]
    [InlineData("breast pain (N64.4)", "breast pain", "N64.4")]
    [InlineData("benign neoplasm of mesothelial tissue (D19.-)", "benign neoplasm of mesothelial tissue", "D19")]
    [InlineData("intestinal infectious diseases (A00-A09)", null, null)]
    [InlineData("hypertension complicating pregnancy", null, null)]
    [InlineData("nose (C30.0)", null, null)]
    public void An_excludes_note_names_a_condition_and_its_one_code(string note, string? phrase, string? code) =>
        Assert.Equal(phrase is null ? null : (phrase, code!), TermText.ExcludedCondition(note));

    [Fact]
    public void A_more_specific_code_still_wins_over_the_other_class()
    {
        var codes = Codes("ASSESSMENT: Chronic pain syndrome.", CareSetting.Inpatient);

        Assert.Contains("G89.4", codes);
        Assert.DoesNotContain("G89.29", codes);
    }

    [Fact]
    public void A_term_is_found_where_its_words_are_close_even_when_the_sentence_repeats_them_further_on()
    {
        var codes = Indexed("A man with weight loss and pain in the left knee, without fever, of six months of evolution, who consulted for pain and left swelling.");

        Assert.Contains(codes, c => c.Code == "M25.562");
    }

    [Theory]
    [InlineData("A renal ultrasound showed no hydronephrosis.", "BT43ZZZ")]
    [InlineData("Pelvic MRI showed a mass in the left ovary.", "BW3G")]
    [InlineData("A lumbar X-ray was performed.", "BR09")]
    [InlineData("An abdominal-pelvic CT showed no lesions.", "BW21")]
    [InlineData("A thoracoabdominal CT was normal.", "BW24")]
    public void An_imaging_study_is_indexed_by_modality_and_body_part(string note, string code) =>
        Assert.Contains(Indexed(note), c => c.System == CodeSystems.Icd10Pcs && c.Code == code);

    [Theory]
    [InlineData("An appendectomy was performed without complications.", "0DTJ")]
    [InlineData("A left nephrectomy was performed.", "0TT1")]
    [InlineData("A biopsy of the left testis showed seminoma.", "0VBB")]
    [InlineData("Arthrodesis of the lumbar vertebral joint was performed.", "0SG0")]
    [InlineData("A colonoscopy showed diverticula.", "0DJD8ZZ")]
    [InlineData("A cystoscopy was normal.", "0TJB8ZZ")]
    [InlineData("A tracheostomy was performed.", "0B11")]
    public void A_surgical_procedure_is_indexed_by_root_operation_and_body_part(string note, string code) =>
        Assert.Contains(Indexed(note), c => c.System == CodeSystems.Icd10Pcs && c.Code == code);

    [Fact]
    public void A_claim_gets_no_partial_imaging_code()
    {
        var coder = new ClinicalCoder(SharedCoder.CodeSets.Value) { MinConfidence = 0 };

        var codes = coder.Code(TestEncounters.WithNote("Abdominal CT showed a hepatic mass.", setting: CareSetting.Inpatient)).Codes;

        Assert.DoesNotContain(codes, c => c.System == CodeSystems.Icd10Pcs && c.Code.Length < 7);
    }
}
