using System.Globalization;
using MedCoder.CodeSets.Files;
using MedCoder.CodeSets.Library;
using MedCoder.CodeSets.Versioning;

namespace MedCoder.CodeSets.Tests.Library;

/// <summary>The shipped releases chosen by date of service; counts come from the CMS release notes (SOURCES.md).</summary>
public sealed class CodeSetLibraryTests
{
    internal static readonly Lazy<CodeSetLibrary> Shipped = new(() => CodeSetLibrary.Load());

    private static DateOnly Date(string text) => DateOnly.Parse(text, CultureInfo.InvariantCulture);

    [Fact]
    public void Loads_fy2025_and_fy2026_with_official_counts()
    {
        var fy2026 = Shipped.Value.Icd10CmEditions.Single(e => e.FiscalYear == 2026).Codes;
        var fy2025 = Shipped.Value.Icd10CmEditions.Single(e => e.FiscalYear == 2025).Codes;

        Assert.Equal(74_719, fy2026.BillableCount);
        Assert.Equal(23_467, fy2026.Codes.Count - fy2026.BillableCount);
        Assert.Equal(74_260, fy2025.BillableCount);
    }

    [Fact]
    public void Finds_codes_with_or_without_the_dot_and_walks_the_hierarchy()
    {
        var release = Shipped.Value.For(Date("2026-03-01")).Icd10Cm.Release.Codes;

        Assert.True(release.Find("I10")!.Billable);
        Assert.Equal("Essential (primary) hypertension", release.Find("I10")!.LongDescription);
        Assert.False(release.Find("E11")!.Billable);
        Assert.Equal("E11.65", release.Find("e11.65")!.Dotted);
        Assert.Null(release.Find("XYZ.1"));
        Assert.Equal("E116", release.Parent("E11.65")!.Code);
        Assert.Equal("E11", release.Parent("E11.6")!.Code);
        Assert.Contains("E1165", release.Children("E11.6"));
    }

    [Theory]
    [InlineData("2025-09-30", 2025, VersionStatus.InForce)]
    [InlineData("2025-10-01", 2026, VersionStatus.InForce)]
    [InlineData("2026-09-30", 2026, VersionStatus.InForce)]
    [InlineData("2026-10-01", 2026, VersionStatus.NotYetReleased)] // FY2027 is not loaded: the newest answers, flagged
    [InlineData("2023-05-01", 2025, VersionStatus.BeforeOldestLoaded)]
    public void Chooses_the_icd10cm_release_in_force_on_the_date_of_service(string date, int fiscalYear, VersionStatus status)
    {
        var snapshot = Shipped.Value.For(Date(date));

        Assert.Equal(fiscalYear, snapshot.Icd10Cm.Release.FiscalYear);
        Assert.Equal(status, snapshot.Icd10Cm.Status);
        Assert.Equal(status != VersionStatus.InForce, snapshot.Warnings.Any(w => w.StartsWith($"ICD-10-CM FY{fiscalYear}", StringComparison.Ordinal)));
    }

    [Fact]
    public void Codes_added_and_deleted_in_fy2026_switch_on_october_first()
    {
        var before = Shipped.Value.For(Date("2025-09-30")).Icd10Cm.Release.Codes;
        var after = Shipped.Value.For(Date("2025-10-01")).Icd10Cm.Release.Codes;
        var added = after.Codes.First(c => c.Billable && before.Find(c.Code) is null);
        var deleted = before.Codes.First(c => c.Billable && after.Find(c.Code) is null);

        Assert.Null(before.Find(added.Code));
        Assert.True(after.Find(added.Code)!.Billable);
        Assert.True(before.Find(deleted.Code)!.Billable);
        Assert.Null(after.Find(deleted.Code));
    }

    [Fact]
    public void Second_load_reads_the_cache_and_answers_the_same()
    {
        var cache = Directory.CreateTempSubdirectory("codesets-cache-");
        try
        {
            var first = CodeSetLibrary.Load(cacheDirectory: cache.FullName);
            var second = CodeSetLibrary.Load(cacheDirectory: cache.FullName);

            Assert.False(first.Report.FromCache);
            Assert.True(second.Report.FromCache);
            Assert.Equal(first.Versions, second.Versions);
            Assert.Equal(first.For(Date("2026-01-01")).Icd10Cm.Release.Codes.Find("J18.9"), second.For(Date("2026-01-01")).Icd10Cm.Release.Codes.Find("J18.9"));
        }
        finally
        {
            cache.Delete(recursive: true);
        }
    }

    [Fact]
    public void A_malformed_order_file_names_the_file_and_line()
    {
        var folder = Directory.CreateTempSubdirectory("codesets-bad-");
        try
        {
            var year = Directory.CreateDirectory(Path.Combine(folder.FullName, "icd10cm", "fy2030"));
            File.WriteAllLines(Path.Combine(year.FullName, "icd10cm_order_2030.txt"), ["00001 A00     0 Cholera" + new string(' ', 55) + "Cholera", "garbage"]);

            var error = Assert.Throws<CodeSetFormatException>(() => CodeSetLibrary.Load([folder.FullName], folder.FullName));

            Assert.Equal(2, error.Line);
            Assert.Contains("icd10cm_order_2030.txt line 2", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
