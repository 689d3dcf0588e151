namespace MedCoder.Coding.Rules;

/// <summary>
/// Past and family conditions become the status codes the guidelines give them (I.C.21.c.4): a personal history
/// of a condition no longer present or treated (Z85–Z87, and I25.2 for an old myocardial infarction, I.C.9.e.4), a
/// family history (Z80–Z84). Codes without dots; the first matching prefix wins, so specific prefixes come first.
/// </summary>
public static class HistoryCodes
{
    private static readonly (string Prefix, string Code)[] Personal =
    [
        ("C50", "Z853"), ("C18", "Z85038"), ("C19", "Z85048"), ("C20", "Z85048"), ("C61", "Z8546"), ("C34", "Z85118"),
        ("C64", "Z85528"), ("C67", "Z8551"), ("C73", "Z85850"), ("C43", "Z85820"), ("C53", "Z8541"), ("C54", "Z8542"),
        ("C56", "Z8543"), ("C16", "Z85028"), ("C25", "Z8507"), ("C22", "Z8505"), ("C71", "Z85841"), ("C62", "Z8547"),
        ("C81", "Z8571"), ("C82", "Z8572"), ("C83", "Z8572"), ("C84", "Z8572"), ("C85", "Z8572"), ("C91", "Z856"), ("C92", "Z856"),
        ("C93", "Z856"), ("C94", "Z856"), ("C95", "Z856"), ("C", "Z859"),
        ("I21", "I252"), ("I22", "I252"), ("I63", "Z8673"), ("I26", "Z86711"), ("I824", "Z86718"),
        ("N390", "Z87440"), ("N20", "Z87442"), ("J18", "Z8701"), ("F17", "Z87891"), ("K25", "Z8711"), ("K26", "Z8711"), ("K27", "Z8711"),
        ("A15", "Z8611"), ("O14", "Z8759"), ("S", "Z8781"),
    ];

    private static readonly (string Prefix, string Code)[] Family =
    [
        ("C18", "Z800"), ("C19", "Z800"), ("C20", "Z800"), ("C21", "Z800"), ("C25", "Z800"), ("C16", "Z800"), ("C34", "Z801"),
        ("C50", "Z803"), ("C61", "Z8042"), ("C56", "Z8041"), ("C91", "Z806"), ("C92", "Z806"), ("C95", "Z806"), ("C", "Z809"),
        ("E10", "Z833"), ("E11", "Z833"), ("I21", "Z8249"), ("I25", "Z8249"), ("I63", "Z823"), ("G40", "Z820"), ("F32", "Z818"),
        ("F10", "Z811"), ("Q", "Z8279"),
    ];

    /// <summary>The status code for a past condition, or null when the guidelines give it none.</summary>
    public static string? PersonalHistoryOf(string code) => Lookup(Personal, code);

    public static string? FamilyHistoryOf(string code) => Lookup(Family, code);

    private static string? Lookup((string Prefix, string Code)[] table, string code)
    {
        foreach (var (prefix, history) in table)
        {
            if (code.StartsWith(prefix, StringComparison.Ordinal))
            {
                return history;
            }
        }

        return null;
    }
}
