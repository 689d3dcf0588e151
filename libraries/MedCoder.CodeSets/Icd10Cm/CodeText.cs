using System.Text.RegularExpressions;

namespace MedCoder.CodeSets.Icd10Cm;

/// <summary>Shape checks and clean-up for ICD-10-CM code text found in the source files.</summary>
internal static partial class CodeText
{
    /// <summary>Letter, two more letters or digits (QA0 since FY2026), then up to four characters, dot optional.</summary>
    public static bool IsIcd10Cm(string code) => Icd10CmShape().IsMatch(code);

    /// <summary>Trims and collapses runs of whitespace (the XML indents continuation notes with tabs).</summary>
    public static string Clean(string text) => Whitespace().Replace(text, " ").Trim();

    [GeneratedRegex(@"^[A-Z][0-9A-Z]{2}(\.?[0-9A-Z]{1,4})?$")]
    private static partial Regex Icd10CmShape();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
