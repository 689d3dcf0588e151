using System.Collections.Frozen;

namespace MedCoder.Contracts.Encounters;

/// <summary>
/// The 837's claim filing indicator (SBR09, X12 code list 1032): which kind of insurance pays. Sent by the hospital with the
/// coverage (<see cref="Coverage.ClaimFilingIndicator"/>); commercial insurance (CI) when it sends none.
/// </summary>
public static class ClaimFilingIndicators
{
    public const string MedicarePartA = "MA";
    public const string MedicarePartB = "MB";
    public const string Medicaid = "MC";
    public const string Commercial = "CI";
    public const string BlueCrossBlueShield = "BL";

    /// <summary>What SBR09 carries when the coverage names no indicator.</summary>
    public const string Default = Commercial;

    /// <summary>Every value the 005010X222A1/X223A2 guides allow in SBR09.</summary>
    public static readonly FrozenSet<string> All = FrozenSet.ToFrozenSet(
    [
        "11", "12", "13", "14", "15", "16", "17", "AM", "BL", "CH", "CI", "DS", "FI", "HM", "LM", "MA", "MB", "MC", "OF", "TV", "VA", "WC", "ZZ",
    ], StringComparer.Ordinal);
}
