namespace MedCoder.ComplianceEdit.Edits;

/// <summary>How line edits tell a HCPCS Level II code (a letter and four digits) from a CPT code number.</summary>
public static class LineCodes
{
    public static string Normalize(string code) => code.Trim().ToUpperInvariant();

    public static bool IsHcpcsLevel2(string code)
    {
        var c = Normalize(code);
        return c.Length == 5 && char.IsAsciiLetterUpper(c[0]) && c.AsSpan(1).IndexOfAnyExceptInRange('0', '9') < 0;
    }
}
