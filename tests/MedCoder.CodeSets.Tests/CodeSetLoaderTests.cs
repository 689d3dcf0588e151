namespace MedCoder.CodeSets.Tests;

/// <summary>Loads the order files shipped in the repository; counts come from the CMS release notes (SOURCES.md).</summary>
public sealed class CodeSetLoaderTests
{
    private static readonly Lazy<CodeSetCatalog> Catalog = new(() => CodeSetLoader.Load());

    [Fact]
    public void Loads_fy2025_and_fy2026_with_official_counts()
    {
        var fy2026 = Catalog.Value.Icd10CmReleases.Single(r => r.FiscalYear == 2026);
        var fy2025 = Catalog.Value.Icd10CmReleases.Single(r => r.FiscalYear == 2025);

        Assert.Equal(74_719, fy2026.Codes.Count(c => c.Billable));
        Assert.Equal(23_467, fy2026.Codes.Count(c => !c.Billable));
        Assert.Equal(74_260, fy2025.Codes.Count(c => c.Billable));
    }

    [Fact]
    public void Finds_codes_with_or_without_the_dot()
    {
        var release = Catalog.Value.Newest;

        Assert.True(release.Find("I10")!.Billable);
        Assert.Equal("Essential (primary) hypertension", release.Find("I10")!.LongDescription);
        Assert.False(release.Find("E11")!.Billable);
        Assert.Equal("E11.65", release.Find("e11.65")!.Dotted);
        Assert.Null(release.Find("XYZ.1"));
    }

    [Theory]
    [InlineData("2025-09-30", 2025, true)]
    [InlineData("2025-10-01", 2026, true)]
    [InlineData("2026-09-30", 2026, true)]
    [InlineData("2026-10-01", 2026, false)] // FY2027 is not loaded: newest, flagged
    [InlineData("2023-05-01", 2025, false)] // before the oldest loaded year: flagged
    public void Chooses_the_release_in_force_on_the_date_of_service(string date, int fiscalYear, bool inForce)
    {
        var (release, isInForce) = Catalog.Value.Icd10CmFor(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(fiscalYear, release.FiscalYear);
        Assert.Equal(inForce, isInForce);
    }

    [Fact]
    public void A_malformed_order_file_names_the_file_and_line()
    {
        var folder = Directory.CreateTempSubdirectory();
        try
        {
            var year = Directory.CreateDirectory(Path.Combine(folder.FullName, "icd10cm", "fy2030"));
            File.WriteAllLines(Path.Combine(year.FullName, "icd10cm_order_2030.txt"), ["00001 A00     0 Cholera" + new string(' ', 55) + "Cholera", "garbage"]);

            var error = Assert.Throws<Files.CodeSetFormatException>(() => CodeSetLoader.Load(folder.FullName));

            Assert.Contains("icd10cm_order_2030.txt line 2", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
