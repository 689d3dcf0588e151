using MedCoder.CodeSets.Files;
using MedCoder.CodeSets.Icd10Cm;
using MedCoder.CodeSets.Import;
using MedCoder.CodeSets.Library;
using MedCoder.CodeSets.Tests.Library;

namespace MedCoder.CodeSets.Tests.Icd10Cm;

public sealed class ValidCodesListTests
{
    [Fact]
    public void The_fy2026_codes_file_names_exactly_the_billable_codes_of_the_order_file()
    {
        var valid = ValidCodesList.Load(Icd10CmData.File("fy2026", "icd10cm_codes_2026.txt.gz"));

        Assert.Equal(74_719, valid.Count);
        var (missing, extra) = valid.CompareWith(Icd10CmData.Fy2026.Value);
        Assert.Empty(missing);
        Assert.Empty(extra);
        Assert.True(valid.Contains("E11.65"));
        Assert.False(valid.Contains("E11"));
    }

    [Fact]
    public void A_release_whose_codes_file_disagrees_with_its_order_file_is_refused()
    {
        var release = Directory.CreateTempSubdirectory("release-mismatch-");
        try
        {
            var year = Directory.CreateDirectory(Path.Combine(release.FullName, "icd10cm", "fy2030"));
            var pad = new string(' ', 60);
            File.WriteAllLines(Path.Combine(year.FullName, "icd10cm_order_2030.txt"),
            [
                "00001 A00     0 " + "Cholera".PadRight(61) + "Cholera",
                "00002 A000    1 " + "Cholera due to Vibrio cholerae".PadRight(61) + "Cholera due to Vibrio cholerae" + pad,
                "00003 A009    1 " + "Cholera, unspecified".PadRight(61) + "Cholera, unspecified",
            ]);
            File.WriteAllLines(Path.Combine(year.FullName, "icd10cm_codes_2030.txt"), ["A000    Cholera due to Vibrio cholerae"]);

            var report = ReleaseImport.Validate(release.FullName, CodeSetLibraryTests.Shipped.Value);

            Assert.False(report.CanInstall);
            Assert.Contains(report.Errors, e => e.Contains("1 billable codes missing (A009)", StringComparison.Ordinal));
        }
        finally
        {
            release.Delete(recursive: true);
        }
    }

    [Fact]
    public void A_malformed_line_names_file_and_line()
    {
        var path = Path.Combine(Path.GetTempPath(), $"icd10cm_codes_{Guid.NewGuid():N}.txt");
        File.WriteAllLines(path, ["A000    Cholera due to Vibrio cholerae", "A0.0!   broken"]);
        try
        {
            var error = Assert.Throws<CodeSetFormatException>(() => ValidCodesList.Load(path));
            Assert.Equal(2, error.Line);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
