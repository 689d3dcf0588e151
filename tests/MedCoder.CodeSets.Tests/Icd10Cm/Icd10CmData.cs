using MedCoder.CodeSets.Files;
using MedCoder.CodeSets.Icd10Cm;

namespace MedCoder.CodeSets.Tests.Icd10Cm;

/// <summary>Paths of the shipped ICD-10-CM files, the FY2026 release, and a helper for malformed-file tests (round trips: CodeSetTestData).</summary>
internal static class Icd10CmData
{
    public static readonly Lazy<Icd10CmRelease> Fy2026 = new(() => new Icd10CmRelease(2026, OrderFileReader.Read(File("fy2026", "icd10cm_order_2026.txt.gz"))));

    public static string File(params string[] parts) => Support.CodeSetTestData.PathOf(["icd10cm", .. parts]);

    /// <summary>Writes the lines to a temporary file with this name, runs the loader on it and returns the format error it raises.</summary>
    public static CodeSetFormatException LoadBroken(string fileName, string content, Action<string> load)
    {
        var folder = Directory.CreateTempSubdirectory();
        try
        {
            var path = Path.Combine(folder.FullName, fileName);
            System.IO.File.WriteAllText(path, content);
            return Assert.Throws<CodeSetFormatException>(() => load(path));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
