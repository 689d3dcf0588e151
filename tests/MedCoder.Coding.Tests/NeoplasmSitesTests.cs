using MedCoder.Contracts.Encounters;
using MedCoder.Testing;
using static MedCoder.Coding.Tests.SharedCoder;

namespace MedCoder.Coding.Tests;

/// <summary>
/// Malignancies coded by site, side and the patient's sex (README, "Claim coding"): the Neoplasm Table's sites with a side
/// word, a breast by the recorded sex unless the note says it, treatment still directed at the site keeps the malignancy.
/// </summary>
public sealed class NeoplasmSitesTests
{
    [Theory]
    [InlineData("ASSESSMENT:\n1. Invasive ductal carcinoma of the right breast.", "C50.911")]
    [InlineData("ASSESSMENT:\n1. Left breast cancer, lower inner quadrant.", "C50.312")]
    [InlineData("ASSESSMENT:\n1. Carcinoma of the upper outer quadrant of the left breast, ER positive.", "C50.412")]
    [InlineData("ASSESSMENT:\n1. Adenocarcinoma of right lung.", "C34.91")]
    [InlineData("ASSESSMENT:\n1. Malignant neoplasm of right lung.", "C34.91")]
    public void A_malignancy_named_by_site_and_side_is_that_sites_code(string note, string expected)
    {
        Assert.Contains(expected, WomansCodes(note));
    }

    [Fact]
    public void A_mans_breast_carcinoma_is_the_male_breasts_code()
    {
        var codes = Instance.Value.Code(new EncounterBuilder().WithNote("ASSESSMENT:\n1. Carcinoma of the right breast.")
            .WithPatientSex(AdministrativeSex.Male).Build()).Codes.Select(c => c.Code).ToList();

        Assert.Contains("C50.921", codes);
        Assert.DoesNotContain("C50.911", codes);
    }

    [Fact]
    public void A_breast_the_note_calls_female_stays_female_whatever_the_recorded_sex()
    {
        var codes = Instance.Value.Code(new EncounterBuilder().WithNote("ASSESSMENT: Malignant neoplasm of upper-outer quadrant of right female breast.")
            .WithPatientSex(AdministrativeSex.Male).Build()).Codes.Select(c => c.Code).ToList();

        Assert.Contains("C50.411", codes);
    }

    [Fact]
    public void A_malignancy_on_adjuvant_therapy_without_recurrence_is_current_not_history()
    {
        var codes = WomansCodes("IMPRESSION:\nMalignant neoplasm of the upper outer quadrant of the left breast, ER+/PR+, on adjuvant anastrozole, no evidence of recurrence on exam or imaging.");

        Assert.Contains("C50.412", codes);
        Assert.DoesNotContain("Z85.3", codes);
    }

    [Fact]
    public void A_malignancy_excised_with_no_evidence_of_disease_is_history()
    {
        var codes = WomansCodes("ASSESSMENT:\n1. Papillary thyroid cancer, status post thyroidectomy, no evidence of recurrent disease.");

        Assert.Contains("Z85.850", codes);
        Assert.DoesNotContain("C73", codes);
    }

    [Fact]
    public void A_squamous_cell_carcinoma_of_a_limb_is_the_skins_not_the_limbs_ill_defined_site()
    {
        var codes = Codes("POSTOPERATIVE DIAGNOSIS: Squamous cell carcinoma, well differentiated, right dorsal forearm.", CareSetting.Outpatient);

        Assert.Contains("C44.622", codes);
        Assert.DoesNotContain(codes, c => c.StartsWith("C76", StringComparison.Ordinal));
    }

    [Fact]
    public void A_title_that_names_both_sexes_is_kept_for_a_man()
    {
        var codes = Instance.Value.Code(new EncounterBuilder().WithNote("ASSESSMENT:\n1. Stress incontinence after radical prostatectomy.")
            .WithPatientSex(AdministrativeSex.Male).Build()).Codes.Select(c => c.Code).ToList();

        Assert.Contains("N39.3", codes);
    }
}
