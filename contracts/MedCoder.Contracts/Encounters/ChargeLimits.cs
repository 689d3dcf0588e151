namespace MedCoder.Contracts.Encounters;

/// <summary>
/// Bounds on charge lines, shared by Intake (which refuses a submission outside them) and ClaimAssembly (which
/// fails an encounter that slipped past them, e.g. an older stored message) so the two never disagree.
/// </summary>
public static class ChargeLimits
{
    /// <summary>
    /// Largest line amount and claim total: ten digits with cents. X12 monetary amounts (SV102, SV203, CLM02) allow up
    /// to 18 characters, but no single encounter legitimately bills 100 million, and with this cap no sum over the
    /// allowed lines can come near decimal's range.
    /// </summary>
    public const decimal MaxAmount = 99_999_999.99m;

    /// <summary>Cents: X12 monetary amounts carry at most two decimal places.</summary>
    public const int AmountDecimals = 2;

    /// <summary>Whole units per line; the largest practitioner MUE is in the low thousands, so more is a data error.</summary>
    public const int MaxUnits = 9_999;

    /// <summary>The 837P carries at most 50 service lines (loop 2400).</summary>
    public const int MaxProfessionalLines = 50;

    /// <summary>Medicare processes at most 450 lines on an institutional claim (the 837I itself allows 999).</summary>
    public const int MaxInstitutionalLines = 450;

    /// <summary>Office visits are billed on the professional claim, every other setting on the institutional one.</summary>
    public static int MaxLines(CareSetting setting) => setting == CareSetting.Office ? MaxProfessionalLines : MaxInstitutionalLines;

    public static bool IsValidAmount(decimal amount) =>
        amount >= 0 && amount <= MaxAmount && decimal.Round(amount, AmountDecimals) == amount;

    public static bool IsValidUnits(int units) => units is >= 1 and <= MaxUnits;
}
