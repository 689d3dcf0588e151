namespace MedCoder.CodeSets.Icd10Cm;

/// <summary>One row of an ICD-10-CM order file. Code is stored without its dot, as CMS ships it.</summary>
public sealed record Icd10CmCode(string Code, bool Billable, string ShortDescription, string LongDescription)
{
    /// <summary>The code as coders write it: a dot after the third character (S2249XA → S22.49XA).</summary>
    public string Dotted => Icd10CmFormat.WithDot(Code);
}

public static class Icd10CmFormat
{
    public static string WithDot(string code) => code.Length > 3 ? string.Concat(code.AsSpan(0, 3), ".", code.AsSpan(3)) : code;

    /// <summary>Canonical form for lookups; returns the same instance when it already is (no allocation on the hot path).</summary>
    public static string WithoutDot(string code)
    {
        foreach (var c in code)
        {
            if (c == '.' || char.IsAsciiLetterLower(c) || char.IsWhiteSpace(c))
            {
                return code.Trim().Replace(".", string.Empty, StringComparison.Ordinal).ToUpperInvariant();
            }
        }

        return code;
    }
}
