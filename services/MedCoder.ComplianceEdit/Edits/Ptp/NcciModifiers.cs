using MedCoder.Contracts.Coding;

namespace MedCoder.ComplianceEdit.Edits.Ptp;

/// <summary>
/// The NCCI-associated modifiers that may bypass a PTP edit of modifier indicator 1 (NCCI Policy Manual, chapter I):
/// 59 and its subsets XE, XS, XP, XU, the global-surgery and repeat modifiers, and the anatomical modifiers, which
/// mark a distinct site only when the two lines name different sites.
/// </summary>
public static class NcciModifiers
{
    private static readonly HashSet<string> Distinct = new(["59", "XE", "XS", "XP", "XU", "24", "25", "27", "57", "58", "78", "79", "91"], StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string> Anatomical = new(
        [
            "LT", "RT", "LC", "LD", "LM", "RC", "RI",
            "E1", "E2", "E3", "E4",
            "FA", "F1", "F2", "F3", "F4", "F5", "F6", "F7", "F8", "F9",
            "TA", "T1", "T2", "T3", "T4", "T5", "T6", "T7", "T8", "T9",
        ],
        StringComparer.OrdinalIgnoreCase);

    public static bool IsAnatomical(string modifier) => Anatomical.Contains(modifier.Trim());

    /// <summary>The modifier that bypasses the edit between two lines, or null: a distinct-service modifier on either line, or different anatomical sites.</summary>
    public static string? Bypass(ServiceLine column1, ServiceLine column2)
    {
        if ((column2.Modifiers.FirstOrDefault(m => Distinct.Contains(m.Trim())) ?? column1.Modifiers.FirstOrDefault(m => Distinct.Contains(m.Trim()))) is { } distinct)
        {
            return distinct.Trim().ToUpperInvariant();
        }

        var sites1 = column1.Modifiers.Where(IsAnatomical).Select(m => m.Trim().ToUpperInvariant()).ToHashSet(StringComparer.Ordinal);
        var sites2 = column2.Modifiers.Where(IsAnatomical).Select(m => m.Trim().ToUpperInvariant()).ToList();
        return sites1.Count > 0 && sites2.Count > 0 && !sites2.Exists(sites1.Contains) ? sites2[0] : null;
    }
}
