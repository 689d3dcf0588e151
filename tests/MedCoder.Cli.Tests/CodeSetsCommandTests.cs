using System.CommandLine;
using System.IO.Compression;
using MedCoder.Cli.CodeSets;
using MedCoder.CodeSets.Import;
using MedCoder.CodeSets.Library;

namespace MedCoder.Cli.Tests;

public sealed class CodeSetsCommandTests
{
    private static int Run(params string[] args) => new RootCommand { CodeSetsCommand.Create() }.Parse(args).Invoke();

    [Theory]
    [InlineData("E11.65", "icd10cm", "2026-01-10", 0)]
    [InlineData("E11", "icd10cm", "2026-01-10", CodeSetsCommand.NotUsable)]        // a category header
    [InlineData("A4397", "hcpcs", "2025-11-01", CodeSetsCommand.NotUsable)]        // terminated 2021-12-31
    [InlineData("J1100", "hcpcs", "2025-11-01", 0)]
    [InlineData("0DTJ4ZZ", "icd10pcs", "2026-01-01", 0)]
    [InlineData("0DT", "icd10pcs", "2026-01-01", CodeSetsCommand.NotUsable)]       // a table, not a code
    public void Show_exits_zero_only_for_a_usable_code(string code, string system, string dos, int exitCode) =>
        Assert.Equal(exitCode, Run("codesets", "show", code, "--system", system, "--dos", dos));

    [Fact]
    public void Show_refuses_a_code_added_in_fy2026_for_a_fy2025_date()
    {
        var library = CodeSetLibrary.Load();
        var fy2025 = library.Icd10CmEditions.Single(e => e.FiscalYear == 2025).Codes;
        var added = library.Icd10CmEditions.Single(e => e.FiscalYear == 2026).Codes.Codes.First(c => c.Billable && fy2025.Find(c.Code) is null);

        Assert.Equal(CodeSetsCommand.NotUsable, Run("codesets", "show", added.Dotted, "--dos", "2025-09-30"));
        Assert.Equal(0, Run("codesets", "show", added.Dotted, "--dos", "2025-10-01"));
    }

    [Fact]
    public void Import_of_a_broken_release_installs_nothing()
    {
        var release = Directory.CreateTempSubdirectory("release-bad-");
        var target = Path.Combine(Path.GetTempPath(), "installed-" + Guid.NewGuid().ToString("N"));
        try
        {
            var year = Directory.CreateDirectory(Path.Combine(release.FullName, "icd10cm", "fy2027"));
            File.WriteAllLines(Path.Combine(year.FullName, "icd10cm_order_2027.txt"), ["00001 A00     0 Cholera" + new string(' ', 55) + "Cholera", "00002 A000    7 broken flag"]);

            var report = ReleaseImport.Validate(release.FullName, CodeSetLibrary.Load());

            Assert.False(report.CanInstall);
            Assert.Contains("icd10cm_order_2027.txt line 2", Assert.Single(report.Errors), StringComparison.Ordinal);
            Assert.Equal(CodeSetsCommand.InvalidInput, Run("codesets", "import", release.FullName, "--into", target));
            Assert.False(Directory.Exists(target));
            Assert.DoesNotContain(CodeSetLibrary.Load().Icd10CmEditions, e => e.FiscalYear == 2027);
        }
        finally
        {
            release.Delete(recursive: true);
        }
    }

    [Fact]
    public void Import_reports_codes_deleted_without_conversion_and_installs_a_new_year()
    {
        var release = Directory.CreateTempSubdirectory("release-fy2027-");
        var target = Directory.CreateTempSubdirectory("installed-");
        try
        {
            // FY2027 stand-in: the FY2026 order file without its first billable code and without a conversion table.
            var shipped = Path.Combine(AppContext.BaseDirectory, "codesets-data", "icd10cm", "fy2026", "icd10cm_order_2026.txt.gz");
            var lines = ReadGzipLines(shipped).ToList();
            var dropped = lines.First(l => l[14] == '1');
            var year = Directory.CreateDirectory(Path.Combine(release.FullName, "icd10cm", "fy2027"));
            File.WriteAllLines(Path.Combine(year.FullName, "icd10cm_order_2027.txt"), lines.Where(l => l != dropped));

            var report = ReleaseImport.Validate(release.FullName, CodeSetLibrary.Load());
            Assert.True(report.CanInstall);
            Assert.Contains(report.Warnings, w => w.Contains("1 billable codes", StringComparison.Ordinal) && w.Contains(dropped.Substring(6, 3), StringComparison.Ordinal));

            Assert.Equal(0, Run("codesets", "import", release.FullName, "--into", target.FullName));
            var installed = CodeSetLibrary.Load([Path.Combine(AppContext.BaseDirectory, "codesets-data"), target.FullName], target.FullName);
            Assert.Equal(2027, installed.For(new DateOnly(2026, 10, 1)).Icd10Cm.Release.FiscalYear);
            Assert.True(installed.For(new DateOnly(2026, 10, 1)).Icd10Cm.InForce);
        }
        finally
        {
            release.Delete(recursive: true);
            target.Delete(recursive: true);
        }
    }

    [Fact]
    public void Import_installs_cms_quarterly_ptp_files_in_their_own_layout()
    {
        var release = Directory.CreateTempSubdirectory("release-ptp-");
        var target = Directory.CreateTempSubdirectory("installed-");
        try
        {
            // CMS's practitioner PTP files of v32.1 (2026 Q2), split in parts, each with its notice lines.
            const string notice = "CPT only copyright American Medical Association.\nColumn 1\tColumn 2\t*\tEffective Date\tDeletion Date\tModifier\tPTP Edit Rationale\n";
            var ncci = Directory.CreateDirectory(Path.Combine(release.FullName, "ncci"));
            File.WriteAllText(Path.Combine(ncci.FullName, "ccipra-v321r0-f1.txt"), notice + "43239\t43235\t\t20020101\t*\t0\tCPT Separate procedure definition\n");
            File.WriteAllText(Path.Combine(ncci.FullName, "ccipra-v321r0-f2.txt"), notice + "99213\t36415\t\t20260401\t*\t1\tMisuse of Column Two code with Column One code\n");

            var report = ReleaseImport.Validate(release.FullName, CodeSetLibrary.Load());
            Assert.True(report.CanInstall);
            Assert.Equal("NCCI PTP practitioner 2026Q2", Assert.Single(report.Files).Version);

            Assert.Equal(0, Run("codesets", "import", release.FullName, "--into", target.FullName));
            var installed = CodeSetLibrary.Load([Path.Combine(AppContext.BaseDirectory, "codesets-data"), target.FullName], target.FullName);
            var choice = installed.For(new DateOnly(2026, 4, 15)).Choice(SourceKind.NcciPtpPractitioner)!;
            Assert.True(choice.InForce);
            Assert.NotNull(((MedCoder.CodeSets.Edits.Ptp.PtpEditTable)choice.Release.Table).Find("99213", "36415", new DateOnly(2026, 4, 15)));
        }
        finally
        {
            release.Delete(recursive: true);
            target.Delete(recursive: true);
        }
    }

    private static IEnumerable<string> ReadGzipLines(string path)
    {
        using var reader = new StreamReader(new GZipStream(File.OpenRead(path), CompressionMode.Decompress));
        while (reader.ReadLine() is { } line)
        {
            yield return line;
        }
    }
}
