using MedCoder.ComplianceEdit.Edits.Icd10CmValidity;
using MedCoder.Contracts.Compliance;
using static MedCoder.ComplianceEdit.Tests.Support.Coding;

namespace MedCoder.ComplianceEdit.Tests;

public sealed class Icd10CmValidityEditTests
{
    private static IReadOnlyList<EditFinding> Run(DateOnly date, params Contracts.Coding.SuggestedCode[] codes) => Runner.Value.Run(On(date), codes, [], codeSetVersion: null);

    [Fact]
    public void Clean_billable_codes_pass()
    {
        Assert.Empty(Run(new DateOnly(2026, 3, 2), Dx("I10"), Dx("E11.65")));
    }

    [Fact]
    public void No_diagnosis_is_an_error()
    {
        var finding = Assert.Single(Run(new DateOnly(2026, 3, 2)));
        Assert.Equal((Icd10CmValidityEdit.NoDiagnosis, EditSeverity.Error), (finding.EditId, finding.Severity));
        Assert.Equal(("A claim needs at least one ICD-10-CM diagnosis.", "ICD-10-CM FY2026"), (finding.Explanation, finding.Source));
    }

    [Fact]
    public void Header_and_unknown_codes_are_errors()
    {
        var findings = Run(new DateOnly(2026, 3, 2), Dx("E11"), Dx("Q99.99"));

        Assert.Contains(findings, f => f is { EditId: Icd10CmValidityEdit.HeaderCode, Code: "E11", Severity: EditSeverity.Error });
        Assert.Contains(findings, f => f is { EditId: Icd10CmValidityEdit.InvalidCode, Code: "Q99.99", Severity: EditSeverity.Error, Explanation: "Not a code of ICD-10-CM FY2026 (in force on the date of service)." });
    }

    [Fact]
    public void A_diagnosis_listed_twice_is_a_warning()
    {
        var finding = Assert.Single(Run(new DateOnly(2026, 3, 2), Dx("I10"), Dx("I10")));

        Assert.Equal((Icd10CmValidityEdit.DuplicateCode, EditSeverity.Warning, "I10"), (finding.EditId, finding.Severity, finding.Code));
    }

    [Fact]
    public void A_code_added_in_fy2026_is_invalid_the_day_before_fy2026()
    {
        var added = AddedInFy2026();

        Assert.Contains(Run(new DateOnly(2025, 9, 30), added), f => f.EditId == Icd10CmValidityEdit.InvalidCode);
        Assert.Empty(Run(new DateOnly(2025, 10, 1), added));
    }
}
