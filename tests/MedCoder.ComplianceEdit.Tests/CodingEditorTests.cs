using MedCoder.CodeSets.Library;
using MedCoder.ComplianceEdit.Edits;
using MedCoder.Contracts;
using MedCoder.Contracts.Coding;
using MedCoder.Contracts.Compliance;
using MedCoder.Contracts.Encounters;
using MedCoder.Testing;

namespace MedCoder.ComplianceEdit.Tests;

public sealed class CodingEditorTests
{
    private static readonly Lazy<CodingEditor> Editor = new(() => new CodingEditor(CodeSetLibrary.Load()));

    private static Encounter On(DateOnly date) => new EncounterBuilder().WithServiceDate(date).Build();

    private static SuggestedCode Dx(string code) => new(CodeSystems.Icd10Cm, code, "d", 0.9, [], "test");

    [Fact]
    public void Clean_billable_codes_pass()
    {
        Assert.Empty(Editor.Value.Run(On(new DateOnly(2026, 3, 2)), [Dx("I10"), Dx("E11.65")]));
    }

    [Fact]
    public void No_diagnosis_is_an_error()
    {
        var finding = Assert.Single(Editor.Value.Run(On(new DateOnly(2026, 3, 2)), []));
        Assert.Equal((CodingEditor.NoDiagnosis, EditSeverity.Error), (finding.EditId, finding.Severity));
    }

    [Fact]
    public void Header_and_unknown_codes_are_errors()
    {
        var findings = Editor.Value.Run(On(new DateOnly(2026, 3, 2)), [Dx("E11"), Dx("Q99.99")]);

        Assert.Contains(findings, f => f is { EditId: CodingEditor.HeaderCode, Code: "E11", Severity: EditSeverity.Error });
        Assert.Contains(findings, f => f is { EditId: CodingEditor.InvalidCode, Code: "Q99.99", Severity: EditSeverity.Error });
    }

    [Fact]
    public void A_code_added_in_fy2026_is_invalid_the_day_before_fy2026()
    {
        // Added codes come from the FY2026 order addenda; pick one present in FY2026 and absent in FY2025.
        var library = CodeSetLibrary.Load();
        var fy2025 = library.Icd10CmEditions.Single(e => e.FiscalYear == 2025).Codes;
        var added = library.Icd10CmEditions.Single(e => e.FiscalYear == 2026).Codes.Codes.First(c => c.Billable && fy2025.Find(c.Code) is null);

        Assert.Contains(Editor.Value.Run(On(new DateOnly(2025, 9, 30)), [Dx(added.Dotted)]), f => f.EditId == CodingEditor.InvalidCode);
        Assert.Empty(Editor.Value.Run(On(new DateOnly(2025, 10, 1)), [Dx(added.Dotted)]));
    }
}
