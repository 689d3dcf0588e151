using MedCoder.Contracts.Coding;
using MedCoder.Contracts.Encounters;
using MedCoder.Testing;
using static MedCoder.Coding.Tests.SharedCoder;

namespace MedCoder.Coding.Tests;

/// <summary>A claim suggests no more diagnoses than its form carries (ClaimForms): 12 on an 837P, 25 on an 837I.</summary>
public sealed class ClaimFormLimitTests
{
    private const string ManyDiagnoses = """
        ASSESSMENT AND PLAN:
        1. Essential (primary) hypertension.
        2. Type 2 diabetes mellitus without complications.
        3. Hyperlipidemia, unspecified.
        4. Chronic obstructive pulmonary disease, unspecified.
        5. Gastro-esophageal reflux disease without esophagitis.
        6. Hypothyroidism, unspecified.
        7. Obesity, unspecified.
        8. Iron deficiency anemia, unspecified.
        9. Unspecified atrial fibrillation.
        10. Primary osteoarthritis, right knee.
        11. Migraine, unspecified, not intractable, without status migrainosus.
        12. Allergic rhinitis, unspecified.
        13. Gout, unspecified.
        14. Insomnia, unspecified.
        15. Major depressive disorder, single episode, unspecified.
        """;

    [Fact]
    public void An_office_claim_has_at_most_twelve_diagnoses_an_inpatient_one_more()
    {
        var office = Diagnoses(CareSetting.Office);
        var inpatient = Diagnoses(CareSetting.Inpatient);

        Assert.Equal(ClaimForms.MaxProfessionalDiagnoses, office.Count);
        Assert.True(inpatient.Count > ClaimForms.MaxProfessionalDiagnoses, string.Join(", ", inpatient));
        Assert.True(inpatient.Count <= ClaimForms.MaxInstitutionalDiagnoses);
    }

    private static List<string> Diagnoses(CareSetting setting) =>
        [.. Instance.Value.Code(new EncounterBuilder().WithNote(ManyDiagnoses).WithSetting(setting).Build()).Codes.Where(c => c.System == CodeSystems.Icd10Cm).Select(c => c.Code)];
}
