using MedCoder.CodeSets.Versioning;

namespace MedCoder.CodeSets.Tests.Library;

/// <summary>A caller names the ICD-10-CM edition its codes were chosen against; the library honours it when that edition is loaded.</summary>
public sealed class VersionPinningTests
{
    private static readonly DateOnly InFy2026 = new(2026, 3, 2);

    [Fact]
    public void A_pinned_edition_is_used_even_when_the_date_would_choose_another()
    {
        var snapshot = CodeSetLibraryTests.Shipped.Value.For(InFy2026, "ICD-10-CM FY2025");

        Assert.Equal(2025, snapshot.Icd10Cm.Release.FiscalYear);
        Assert.Equal(VersionStatus.Pinned, snapshot.Icd10Cm.Status);
        Assert.False(snapshot.PinNotLoaded);
        Assert.Contains(snapshot.Warnings, w => w.StartsWith("ICD-10-CM FY2025 used for 2026-03-02: pinned", StringComparison.Ordinal));
    }

    [Fact]
    public void Pinning_the_dates_own_edition_changes_nothing()
    {
        var dated = CodeSetLibraryTests.Shipped.Value.For(InFy2026);
        var pinned = CodeSetLibraryTests.Shipped.Value.For(InFy2026, "ICD-10-CM FY2026");

        Assert.Equal(dated.Icd10Cm, pinned.Icd10Cm);
        Assert.Equal(dated.Tables, pinned.Tables);
        Assert.Equal(dated.Warnings, pinned.Warnings);
    }

    [Fact]
    public void An_edition_not_loaded_falls_back_to_the_dates_edition_and_says_so()
    {
        var snapshot = CodeSetLibraryTests.Shipped.Value.For(InFy2026, "ICD-10-CM FY2031");

        Assert.Equal(2026, snapshot.Icd10Cm.Release.FiscalYear);
        Assert.True(snapshot.Icd10Cm.InForce);
        Assert.True(snapshot.PinNotLoaded);
        Assert.Equal("ICD-10-CM FY2031 was asked for but is not loaded: ICD-10-CM FY2026 used for 2026-03-02", snapshot.Warnings[0]);
        Assert.Equal(CodeSetLibraryTests.Shipped.Value.For(InFy2026).Warnings, snapshot.Warnings.Skip(1));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void No_pin_is_the_dates_snapshot(string? pinned)
    {
        Assert.Same(CodeSetLibraryTests.Shipped.Value.For(InFy2026), CodeSetLibraryTests.Shipped.Value.For(InFy2026, pinned));
    }

    [Fact]
    public void Every_edition_is_pinned_by_the_version_its_code_list_reports()
    {
        // Producers name the edition by Icd10CmRelease.Version (CodesSuggested.CodeSetVersion); it must match the library's version.
        foreach (var edition in CodeSetLibraryTests.Shipped.Value.Icd10CmEditions)
        {
            Assert.Same(edition, CodeSetLibraryTests.Shipped.Value.For(InFy2026, edition.Codes.Version).Icd10Cm.Release);
        }
    }
}
