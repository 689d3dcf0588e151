using MedCoder.ComplianceEdit.Edits.Excludes1;
using MedCoder.ComplianceEdit.Edits.Icd10CmValidity;
using MedCoder.ComplianceEdit.Edits.Mce;
using MedCoder.ComplianceEdit.Edits.Sequencing;
using MedCoder.Contracts.Coding;
using MedCoder.Contracts.Compliance;
using MedCoder.Contracts.Encounters;
using MedCoder.Testing;
using static MedCoder.ComplianceEdit.Tests.Support.Coding;
using static MedCoder.ComplianceEdit.Tests.Support.Lines;

namespace MedCoder.ComplianceEdit.Tests;

/// <summary>DX, MCE, EXCL1 and SEQ on real codes (FY2026 order file, MCE FY2026 lists, FY2026 tabular notes).</summary>
public sealed class DiagnosisEditTests
{
    private static IReadOnlyList<EditFinding> Code(Encounter encounter, params string[] codes) => Run(encounter, [], [.. codes.Select(Dx)]);

    private static Encounter Office(AdministrativeSex sex = AdministrativeSex.Female, DateOnly? born = null, DateOnly? dos = null, CareSetting setting = CareSetting.Office) =>
        new EncounterBuilder().WithServiceDate(dos ?? Dos).WithPatientSex(sex).WithPatientBirthDate(born ?? new DateOnly(1980, 5, 1)).WithSetting(setting).Build();

    [Fact]
    public void A_code_without_its_required_seventh_character_is_an_error()
    {
        Assert.Empty(Code(Office(), "S52.501A").Of("DX"));

        var finding = Assert.Single(Code(Office(), "S52.501").Of("DX"));
        Assert.Equal((Icd10CmValidityEdit.SeventhCharacterMissing, EditSeverity.Error), (finding.EditId, finding.Severity));
        Assert.StartsWith("A 7th character is required under S52", finding.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void A_seventh_character_without_its_placeholder_x_is_an_error_that_names_the_code()
    {
        Assert.Empty(Code(Office(), "T14.90XA").Of("DX"));

        var finding = Assert.Single(Code(Office(), "T14.90A").Of("DX"));
        Assert.Equal((Icd10CmValidityEdit.PlaceholderMissing, "Placeholder X missing: the 7th character goes in position 7 (T14.90XA)."), (finding.EditId, finding.Explanation));
    }

    [Fact]
    public void A_date_of_service_in_the_future_is_an_error()
    {
        var future = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(30);

        Assert.Contains(Code(Office(dos: future), "I10"), f => f is { EditId: Icd10CmValidityEdit.FutureDate, Severity: EditSeverity.Error });
        Assert.DoesNotContain(Code(Office(), "I10"), f => f.EditId == Icd10CmValidityEdit.FutureDate);
    }

    [Fact]
    public void A_maternity_code_on_a_male_patient_is_a_sex_warning()
    {
        Assert.Empty(Code(Office(AdministrativeSex.Female), "O80").Of("MCE"));

        var finding = Assert.Single(Code(Office(AdministrativeSex.Male), "O80").Of("MCE"));
        Assert.Equal((MceEdit.SexConflict, EditSeverity.Warning, "MCE FY2026"), (finding.EditId, finding.Severity, finding.Source));
    }

    [Theory]
    [InlineData("2026-03-01", true)]  // 14 the day before the 15th birthday: outside the adult list's 15-124
    [InlineData("2026-03-02", false)] // 15 on the birthday
    public void Age_is_counted_on_the_date_of_service_to_the_birthday(string dos, bool conflict)
    {
        var encounter = Office(AdministrativeSex.Male, born: new DateOnly(2011, 3, 2), dos: DateOnly.Parse(dos, System.Globalization.CultureInfo.InvariantCulture));

        var findings = Code(encounter, "A18.14").Of("MCE"); // tuberculosis of prostate: MCE adult list

        Assert.Equal(conflict, findings.Exists(f => f.EditId == MceEdit.AgeConflict && f.Explanation.Contains("aged 14", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_manifestation_code_listed_first_is_an_error()
    {
        Assert.DoesNotContain(Code(Office(), "G30.9", "F02.80"), f => f.EditId == MceEdit.ManifestationPrincipal);

        Assert.Contains(Code(Office(), "F02.80", "G30.9"), f => f is { EditId: MceEdit.ManifestationPrincipal, Severity: EditSeverity.Error, Code: "F02.80" });
    }

    [Fact]
    public void An_unacceptable_principal_diagnosis_is_an_error_on_inpatient_claims_and_a_warning_elsewhere()
    {
        Assert.Contains(Code(Office(setting: CareSetting.Inpatient), "Z87.891", "I10"), f => f is { EditId: MceEdit.UnacceptablePrincipal, Severity: EditSeverity.Error });
        Assert.Contains(Code(Office(), "Z87.891", "I10"), f => f is { EditId: MceEdit.UnacceptablePrincipal, Severity: EditSeverity.Warning });
        Assert.DoesNotContain(Code(Office(), "I10", "Z87.891"), f => f.EditId == MceEdit.UnacceptablePrincipal);
    }

    [Fact]
    public void Inpatient_diagnoses_need_a_poa_indicator_unless_exempt()
    {
        var inpatient = Office(setting: CareSetting.Inpatient);
        var reported = Runner.Value.Run(inpatient, [Dx("I10") with { PresentOnAdmission = "Y" }, Dx("Z87.891") with { PresentOnAdmission = null }], [], null);
        Assert.DoesNotContain(reported, f => f.EditId == MceEdit.PoaMissing); // Z87.891 is on the POA-exempt list

        var finding = Assert.Single(Code(inpatient, "I10", "Z87.891"), f => f.EditId == MceEdit.PoaMissing);
        Assert.Equal(["I10"], finding.Codes);
        Assert.DoesNotContain(Code(Office(), "I10"), f => f.EditId == MceEdit.PoaMissing);
    }

    [Fact]
    public void Two_codes_one_excludes_are_an_excludes1_warning()
    {
        Assert.Empty(Code(Office(), "E11.9", "I10").Of("EXCL1"));

        var findings = Code(Office(), "E11.9", "E10.9").Of("EXCL1");
        Assert.Equal(2, findings.Count); // E11 excludes E10.- and E10 excludes E11.-
        Assert.All(findings, f => Assert.Equal((Excludes1Edit.ExcludedTogether, EditSeverity.Warning, "ICD-10-CM FY2026 tabular"), (f.EditId, f.Severity, f.Source)));
        Assert.Equal(["E11.9", "E10.9"], findings[0].Codes);
        Assert.Contains("type 1 diabetes mellitus (E10.-)", findings[0].Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Code_first_and_use_additional_notes_are_checked_for_order()
    {
        Assert.Empty(Code(Office(), "G30.9", "F02.80").Of("SEQ"));
        Assert.Contains(Code(Office(), "F02.80", "G30.9").Of("SEQ"), f => f is { EditId: SequencingEdit.CodeFirstOrder, Severity: EditSeverity.Warning });

        Assert.DoesNotContain(Code(Office(), "E11.9", "Z79.4").Of("SEQ"), f => f.EditId == SequencingEdit.AdditionalOrder);
        Assert.Contains(Code(Office(), "Z79.4", "E11.9").Of("SEQ"), f => f is { EditId: SequencingEdit.AdditionalOrder, Code: "E11.9" });

        var absent = Assert.Single(Code(Office(), "I10", "F02.80").Of("SEQ"));
        Assert.Equal((SequencingEdit.CodeFirstAbsent, EditSeverity.Info), (absent.EditId, absent.Severity));
    }
}
