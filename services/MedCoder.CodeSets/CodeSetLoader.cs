using System.Globalization;
using System.Text.RegularExpressions;

namespace MedCoder.CodeSets;

/// <summary>Loads every ICD-10-CM order file found under a code-set folder (layout: icd10cm/fyYYYY/icd10cm_order_YYYY.txt[.gz]).</summary>
public static partial class CodeSetLoader
{
    public const string DirectoryVariable = "MEDCODER_CODESETS_DIR";

    /// <summary>The folder shipped next to the assembly, unless MEDCODER_CODESETS_DIR points at a newer drop.</summary>
    public static string DefaultDirectory() =>
        Environment.GetEnvironmentVariable(DirectoryVariable) is { Length: > 0 } configured
            ? configured
            : Path.Combine(AppContext.BaseDirectory, "codesets-data");

    public static CodeSetCatalog Load(string? directory = null)
    {
        var root = directory ?? DefaultDirectory();
        var icdRoot = Path.Combine(root, "icd10cm");
        if (!Directory.Exists(icdRoot))
        {
            throw new DirectoryNotFoundException($"Code-set folder not found: {icdRoot} (set {DirectoryVariable})");
        }

        var releases = Directory.EnumerateFiles(icdRoot, "icd10cm_order_*.txt*", SearchOption.AllDirectories)
            .Select(path => (path, match: OrderFileName().Match(Path.GetFileName(path))))
            .Where(f => f.match.Success)
            .Select(f => new Icd10CmRelease(int.Parse(f.match.Groups[1].Value, CultureInfo.InvariantCulture), OrderFileReader.Read(f.path)));
        return new CodeSetCatalog(releases);
    }

    [GeneratedRegex(@"^icd10cm_order_(\d{4})\.txt(\.gz)?$")]
    private static partial Regex OrderFileName();
}
