using MedCoder.CodeSets.Edits.Ptp;
using MedCoder.CodeSets.Library;
using MedCoder.CodeSets.Versioning;
using MedCoder.ComplianceEdit.Edits.Ptp;
using MedCoder.Contracts.Compliance;
using MedCoder.Contracts.Encounters;
using MedCoder.Testing;
using static MedCoder.ComplianceEdit.Tests.Support.Coding;
using static MedCoder.ComplianceEdit.Tests.Support.Lines;

namespace MedCoder.ComplianceEdit.Tests;

/// <summary>NCCI PTP on real pairs of the shipped 2024-07-01 tables: 43239/43235 indicator 0, 11042/97597 indicator 1, 00100/99215 0 practitioner and 1 outpatient.</summary>
public sealed class PtpEditTests
{
    [Fact]
    public void Indicator_0_is_never_bypassed()
    {
        var finding = Assert.Single(Run([Line(1, "43239"), Line(2, "43235", 1, "59")]).Of("NCCI-PTP"));

        Assert.Equal((NcciPtpEdit.NotAllowed, EditSeverity.Error, "NCCI PTP practitioner 2024-07-01"), (finding.EditId, finding.Severity, finding.Source));
        Assert.Equal(["43239", "43235"], finding.Codes);
        Assert.Equal([1, 2], finding.Lines);
        Assert.Contains("CPT Separate procedure definition", finding.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Indicator_1_without_a_modifier_is_an_error()
    {
        var finding = Assert.Single(Run([Line(1, "11042"), Line(2, "97597")]).Of("NCCI-PTP"));

        Assert.Equal((NcciPtpEdit.ModifierRequired, EditSeverity.Error, "97597"), (finding.EditId, finding.Severity, finding.Code));
    }

    [Theory]
    [InlineData("59")]
    [InlineData("XE")]
    [InlineData("XS")]
    [InlineData("XP")]
    [InlineData("XU")]
    public void Indicator_1_with_a_distinct_service_modifier_is_bypassed_and_said_so(string modifier)
    {
        var finding = Assert.Single(Run([Line(1, "11042"), Line(2, "97597", 1, modifier)]).Of("NCCI-PTP"));

        Assert.Equal((NcciPtpEdit.Bypassed, EditSeverity.Info), (finding.EditId, finding.Severity));
        Assert.Contains($"modifier {modifier} bypasses", finding.Explanation, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("LT", "RT", true)]
    [InlineData("F1", "F2", true)]
    [InlineData("T1", "TA", true)]
    [InlineData("E1", "E3", true)]
    [InlineData("LC", "RC", true)]
    [InlineData("LT", "LT", false)] // the same site is not a distinct service
    public void Indicator_1_with_anatomical_modifiers_is_bypassed_only_for_different_sites(string first, string second, bool bypassed)
    {
        var finding = Assert.Single(Run([Line(1, "11042", 1, first), Line(2, "97597", 1, second)]).Of("NCCI-PTP"));

        Assert.Equal(bypassed ? NcciPtpEdit.Bypassed : NcciPtpEdit.ModifierRequired, finding.EditId);
    }

    [Fact]
    public void Facility_outpatient_claims_use_the_outpatient_hospital_table()
    {
        Assert.Equal(NcciPtpEdit.NotAllowed, Assert.Single(Run([Line(1, "00100"), Line(2, "99215")]).Of("NCCI-PTP")).EditId);

        var outpatient = Assert.Single(Run([Line(1, "00100"), Line(2, "99215")], CareSetting.Outpatient).Of("NCCI-PTP"));
        Assert.Equal((NcciPtpEdit.ModifierRequired, "NCCI PTP outpatient hospital 2024-07-01"), (outpatient.EditId, outpatient.Source));
        Assert.Empty(Run([Line(1, "00100"), Line(2, "99215")], CareSetting.Inpatient).Of("NCCI-PTP"));
    }

    [Fact]
    public void Codes_without_an_edit_between_them_pass()
    {
        Assert.Empty(Run([Line(1, "99213"), Line(2, "36415")]).Of("NCCI-PTP"));
    }

    [Fact]
    public void A_deleted_edit_applies_before_its_deletion_date_only_and_indicator_9_never()
    {
        var table = OfficialTable(
            "11042\t97597\t\t20090101\t20260302\t1\tStandards of medical/surgical practice\n"
            + "43239\t43235\t\t20020101\t20260401\t9\tCPT Separate procedure definition\n");
        IReadOnlyList<Contracts.Coding.ServiceLine> lines = [Line(1, "11042"), Line(2, "97597"), Line(3, "43239"), Line(4, "43235")];

        var before = Runner.Value.Run(WithTable(Office(new DateOnly(2026, 3, 1)), lines, SourceKind.NcciPtpPractitioner, table)).Of("NCCI-PTP");
        var on = Runner.Value.Run(WithTable(Office(new DateOnly(2026, 3, 2)), lines, SourceKind.NcciPtpPractitioner, table)).Of("NCCI-PTP");

        Assert.Equal([NcciPtpEdit.ModifierRequired], before.Select(f => f.EditId));
        Assert.Empty(on);
    }

    private static Encounter Office(DateOnly dos) => new EncounterBuilder().WithServiceDate(dos).Build();

    /// <summary>A one-quarter table in CMS's own TXT layout.</summary>
    private static PtpEditTable OfficialTable(string rows)
    {
        var path = Path.Combine(Path.GetTempPath(), $"ccipra-v321r0-f1-{Guid.NewGuid():N}.txt");
        try
        {
            File.WriteAllText(path, "Column 1\tColumn 2\t*\tEffective Date\tDeletion Date\tModifier\tPTP Edit Rationale\n" + rows);
            return PtpFileReader.Load([path], EffectivePeriod.QuarterStarting(2026, 1));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
