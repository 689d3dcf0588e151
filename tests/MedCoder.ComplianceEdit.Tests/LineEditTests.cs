using MedCoder.CodeSets.Edits;
using MedCoder.CodeSets.Library;
using MedCoder.ComplianceEdit.Edits.AddOnCodes;
using MedCoder.ComplianceEdit.Edits.Claim;
using MedCoder.ComplianceEdit.Edits.Cpt;
using MedCoder.ComplianceEdit.Edits.Hcpcs;
using MedCoder.ComplianceEdit.Edits.Modifiers;
using MedCoder.ComplianceEdit.Edits.Mue;
using MedCoder.ComplianceEdit.Edits.Npi;
using MedCoder.ComplianceEdit.Edits.PlaceOfService;
using MedCoder.Contracts.Compliance;
using MedCoder.Contracts.Encounters;
using MedCoder.Testing;
using static MedCoder.ComplianceEdit.Tests.Support.Coding;
using static MedCoder.ComplianceEdit.Tests.Support.Lines;

namespace MedCoder.ComplianceEdit.Tests;

/// <summary>Line edits on real codes: MUE 2026-04-01 (99486 MAI 1/4, 11042 MAI 2/1, J1100 MAI 3/120), AOC 2026 Q3 (11045 type 1 with 11042), HCPCS 2025-10.</summary>
public sealed class LineEditTests
{
    [Fact]
    public void A_clean_office_claim_has_no_line_findings()
    {
        Assert.Empty(Run([Line(1, "99213"), Line(2, "J1100", 10)]));
    }

    [Fact]
    public void Mai_1_limits_each_line()
    {
        Assert.Empty(Run([Line(1, "99486", 3), Line(2, "99486", 3, "76")]).Of("MUE")); // 6 in all, 3 per line

        var finding = Assert.Single(Run([Line(1, "99486", 5)]).Of("MUE"));
        Assert.Equal((MueEdit.LineUnits, EditSeverity.Error, "MUE practitioner 2026-04-01"), (finding.EditId, finding.Severity, finding.Source));
        Assert.Equal([1], finding.Lines);
        Assert.Contains("MAI 1 Line Edit", finding.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Mai_2_sums_the_lines_of_the_date_of_service_and_is_an_error()
    {
        Assert.Empty(Run([Line(1, "11042", 1)]).Of("MUE"));

        var finding = Assert.Single(Run([Line(1, "11042", 1), Line(2, "11042", 1, "59")]).Of("MUE"));
        Assert.Equal((MueEdit.DateOfServiceUnits, EditSeverity.Error), (finding.EditId, finding.Severity));
        Assert.Equal([1, 2], finding.Lines);
        Assert.Contains("MAI 2 Date of Service Edit: Policy", finding.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Mai_3_sums_the_lines_and_is_a_warning_since_it_may_be_paid_on_appeal()
    {
        Assert.Empty(Run([Line(1, "J1100", 60), Line(2, "J1100", 60, "JW")]).Of("MUE"));

        var finding = Assert.Single(Run([Line(1, "J1100", 70), Line(2, "J1100", 70, "JW")]).Of("MUE"));
        Assert.Equal((MueEdit.DateOfServiceUnits, EditSeverity.Warning), (finding.EditId, finding.Severity));
        Assert.Contains("140 units of J1100", finding.Explanation, StringComparison.Ordinal);
        Assert.Contains("MAI 3 Date of Service Edit: Clinical", finding.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void An_add_on_code_without_its_primary_is_an_error()
    {
        Assert.Empty(Run([Line(1, "11042"), Line(2, "11045")]).Of("NCCI-AOC"));

        var finding = Assert.Single(Run([Line(1, "11045")]).Of("NCCI-AOC"));
        Assert.Equal((NcciAddOnCodeEdit.NoPrimary, EditSeverity.Error, "NCCI AOC 2026-07-01"), (finding.EditId, finding.Severity, finding.Source));
        Assert.Contains("AOC type 1", finding.Explanation, StringComparison.Ordinal);
        Assert.Contains("11042", finding.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void A_type_3_add_on_without_a_listed_primary_is_a_warning()
    {
        Assert.Empty(Run([Line(1, "11010"), Line(2, "20701")]).Of("NCCI-AOC")); // 20701: type 3, 11010 one of its listed primaries

        var finding = Assert.Single(Run([Line(1, "99213"), Line(2, "20701")]).Of("NCCI-AOC"));
        Assert.Equal((NcciAddOnCodeEdit.NoPrimary, EditSeverity.Warning), (finding.EditId, finding.Severity));
        Assert.Contains("AOC type 3", finding.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void A_type_2_add_on_is_checked_only_when_billed_alone()
    {
        Assert.Empty(Run([Line(1, "99213"), Line(2, "0054T")]).Of("NCCI-AOC")); // 0054T: type 2, primaries contractor-defined

        var finding = Assert.Single(Run([Line(1, "0054T")]).Of("NCCI-AOC"));
        Assert.Equal(EditSeverity.Warning, finding.Severity);
        Assert.Contains("AOC type 2", finding.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void A_hcpcs_code_terminated_before_the_date_of_service_is_an_error()
    {
        Assert.Empty(Run([Line(1, "J1100")]).Of("HCPCS"));

        var finding = Assert.Single(Run([Line(1, "A4397")]).Of("HCPCS"));
        Assert.Equal((HcpcsValidityEdit.NotValidOnDate, EditSeverity.Error), (finding.EditId, finding.Severity));
        Assert.Contains("terminated on 2021-12-31", finding.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void A_line_code_that_is_neither_cpt_nor_hcpcs_is_an_error()
    {
        Assert.Empty(Run([Line(1, "99213"), Line(2, "0591T")]).Of("CPT"));

        Assert.Equal([CptFormatEdit.NotACode], Run([Line(1, "9921")]).Of("CPT").Select(f => f.EditId));
    }

    [Fact]
    public void Modifiers_must_exist_and_fit_the_code()
    {
        Assert.Empty(Run([Line(1, "99213", 1, "25"), Line(2, "J1100", 10, "JW")]).Of("MOD"));

        var findings = Run([Line(1, "J1100", 10, "Q9Z"), Line(2, "11042", 1, "25"), Line(3, "11045", 1, "59", "59")]).Of("MOD");
        Assert.Contains(findings, f => f is { EditId: ModifierEdit.Unknown, Severity: EditSeverity.Error } && f.Lines!.SequenceEqual([1]));
        Assert.Contains(findings, f => f is { EditId: ModifierEdit.NotForCode, Code: "11042" });
        Assert.Contains(findings, f => f is { EditId: ModifierEdit.Duplicate } && f.Lines!.SequenceEqual([3]));
    }

    [Fact]
    public void The_place_of_service_must_be_a_cms_code_that_fits_the_claim()
    {
        var encounter = new EncounterBuilder().WithServiceDate(Dos).Build();
        Assert.Empty(Run([Line(1, "99213")]).Of("POS"));

        var onlyInpatient = new PlaceOfServiceCodes([new PlaceOfService("21", "Inpatient Hospital", IsFacility: true)]);
        var findings = Runner.Value.Run(WithTable(encounter, [Line(1, "99213")], SourceKind.PlaceOfService, onlyInpatient));

        Assert.Contains(findings, f => f is { EditId: PlaceOfServiceEdit.Unknown, Code: "11", Severity: EditSeverity.Error });
    }

    [Fact]
    public void A_provider_npi_with_a_wrong_check_digit_is_an_error()
    {
        var encounter = new EncounterBuilder().WithServiceDate(Dos).Build();
        Assert.Empty(Run(encounter, [Line(1, "99213")]).Of("NPI"));

        var finding = Assert.Single(Run(encounter with { BillingProviderNpi = "1234567890" }, [Line(1, "99213")]).Of("NPI"));
        Assert.Equal((NpiEdit.CheckDigit, EditSeverity.Error), (finding.EditId, finding.Severity));
        Assert.DoesNotContain("1234567890", finding.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void The_claim_shape_is_checked_diagnoses_duplicates_units_and_charges()
    {
        var encounter = new EncounterBuilder().WithServiceDate(Dos).Build();
        string[] thirteen = ["I10", "E11.9", "E78.5", "J45.909", "K21.9", "M54.50", "N39.0", "R51.9", "F41.1", "G47.00", "H52.4", "L30.9", "Z79.4"];
        Assert.Empty(Run(encounter, [Line(1, "99213")], [.. thirteen[..12].Select(Dx)]).Of("CLAIM"));

        var findings = Run(encounter, [Line(1, "99213"), Line(2, "99213"), Line(3, "J1100", 0) with { Amount = 0m }], [.. thirteen.Select(Dx)]).Of("CLAIM");

        Assert.Contains(findings, f => f is { EditId: ClaimShapeEdit.TooManyDiagnoses, Severity: EditSeverity.Warning, Code: "Z79.4" });
        Assert.Contains(findings, f => f is { EditId: ClaimShapeEdit.DuplicateLine } && f.Lines!.SequenceEqual([1, 2]));
        Assert.Contains(findings, f => f is { EditId: ClaimShapeEdit.Units, Severity: EditSeverity.Error });
        Assert.Contains(findings, f => f is { EditId: ClaimShapeEdit.Charge, Severity: EditSeverity.Error });
        Assert.Contains(Runner.Value.Run(encounter, [], [Line(1, "99213")], null).Of("CLAIM"), f => f.EditId == ClaimShapeEdit.NoPointer);
    }
}
