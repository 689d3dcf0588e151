using MedCoder.ComplianceEdit.Edits.CodeSetVersion;
using MedCoder.ComplianceEdit.Edits.Icd10CmValidity;
using MedCoder.Contracts.Compliance;
using static MedCoder.ComplianceEdit.Tests.Support.Coding;

namespace MedCoder.ComplianceEdit.Tests;

/// <summary>The edits check against the ICD-10-CM version the coding named (CodesSuggested.CodeSetVersion) when it is loaded here.</summary>
public sealed class CodeSetVersionEditTests
{
    private static readonly DateOnly InFy2026 = new(2026, 3, 2);

    [Fact]
    public void The_named_version_is_used_even_when_the_date_would_choose_another()
    {
        // Deleted by FY2026, so the date's release would reject it; FY2025, the release named, has it.
        var findings = Runner.Value.Run(On(InFy2026), [DeletedInFy2026()], [], "ICD-10-CM FY2025");

        var finding = Assert.Single(findings);
        Assert.Equal((CodeSetVersionEdit.NotInForce, EditSeverity.Warning, "ICD-10-CM FY2025"), (finding.EditId, finding.Severity, finding.Source));
        Assert.Equal("ICD-10-CM FY2025, named by the coding, is not the release in force on the date of service; checked against it.", finding.Explanation);
    }

    [Fact]
    public void The_named_version_finds_codes_it_does_not_have()
    {
        var findings = Runner.Value.Run(On(InFy2026), [AddedInFy2026()], [], "ICD-10-CM FY2025");

        Assert.Contains(findings, f => f is { EditId: Icd10CmValidityEdit.InvalidCode, Source: "ICD-10-CM FY2025" });
    }

    [Fact]
    public void A_version_not_loaded_falls_back_to_the_release_for_the_date_with_a_warning()
    {
        var findings = Runner.Value.Run(On(InFy2026), [AddedInFy2026()], [], "ICD-10-CM FY2031");

        var finding = Assert.Single(findings); // the code is valid in FY2026, the date's release
        Assert.Equal((CodeSetVersionEdit.NamedVersionNotLoaded, EditSeverity.Warning, "ICD-10-CM FY2026"), (finding.EditId, finding.Severity, finding.Source));
        Assert.Equal("ICD-10-CM FY2031, named by the coding, is not loaded here; checked against ICD-10-CM FY2026, the release for the date of service.", finding.Explanation);
    }

    [Theory]
    [InlineData(null)] // an older producer
    [InlineData("ICD-10-CM FY2026")]
    public void The_dates_own_release_gives_no_warning(string? named)
    {
        Assert.Empty(Runner.Value.Run(On(InFy2026), [AddedInFy2026()], [], named));
    }

    [Fact]
    public void A_date_after_every_loaded_release_is_flagged_as_it_always_was()
    {
        var finding = Assert.Single(Runner.Value.Run(On(new DateOnly(2026, 10, 1)), [Dx("I10")], [], "ICD-10-CM FY2026"));

        Assert.Equal((CodeSetVersionEdit.NotInForce, EditSeverity.Warning), (finding.EditId, finding.Severity));
        Assert.Equal("No ICD-10-CM release loaded for the date of service; checked against ICD-10-CM FY2026.", finding.Explanation);
    }
}
