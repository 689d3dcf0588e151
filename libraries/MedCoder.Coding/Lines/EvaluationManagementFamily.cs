namespace MedCoder.Coding.Lines;

/// <summary>
/// E/M code families whose codes are levels of one service (CPT 2023): a charge and a documented code in the same
/// family are the same visit at different levels.
/// </summary>
public static class EvaluationManagementFamily
{
    private static readonly (string Family, int From, int To)[] Ranges =
    [
        ("office-new", 99202, 99205),
        ("office-established", 99211, 99215),
        ("hospital-initial", 99221, 99223),
        ("hospital-subsequent", 99231, 99233),
        ("hospital-discharge", 99238, 99239),
        ("emergency", 99281, 99285),
    ];

    /// <summary>The family of an E/M code, or null for any other code.</summary>
    public static string? Of(string code)
    {
        if (code.Length != 5 || !int.TryParse(code, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number))
        {
            return null;
        }

        foreach (var (family, from, to) in Ranges)
        {
            if (number >= from && number <= to)
            {
                return family;
            }
        }

        return null;
    }
}
