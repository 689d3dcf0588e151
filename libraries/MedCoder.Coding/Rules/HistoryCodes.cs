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
        ("C93", "Z856"), ("C94", "Z856"), ("C95", "Z856"), ("C44", "Z85828"), ("C4A", "Z85821"), ("C", "Z859"),
        ("I21", "I252"), ("I22", "I252"), ("I63", "Z8673"), ("G45", "Z8673"), ("I26", "Z86711"), ("I824", "Z86718"), ("I80", "Z8672"),
        ("I46", "Z8674"), ("K635", "Z860100"), ("D12", "Z860101"), ("O244", "Z8632"), ("A4102", "Z8614"), ("A4902", "Z8614"), ("U07", "Z8616"),
        ("N390", "Z87440"), ("N30", "Z87440"), ("N10", "Z87440"), ("N20", "Z87442"), ("J18", "Z8701"), ("F17", "Z87891"), ("Z720", "Z87891"),
        ("K25", "Z8711"), ("K26", "Z8711"), ("K27", "Z8711"), ("A15", "Z8611"), ("O14", "Z8759"), ("O60", "Z8751"), ("S", "Z8781"),
    ];

    private static readonly (string Prefix, string Code)[] Family =
    [
        ("C15", "Z800"), ("C16", "Z800"), ("C17", "Z800"), ("C18", "Z800"), ("C19", "Z800"), ("C20", "Z800"), ("C21", "Z800"), ("C22", "Z800"),
        ("C23", "Z800"), ("C24", "Z800"), ("C25", "Z800"), ("C34", "Z801"), ("C50", "Z803"), ("C61", "Z8042"), ("C56", "Z8041"), ("C62", "Z8043"),
        ("C51", "Z8049"), ("C52", "Z8049"), ("C53", "Z8049"), ("C54", "Z8049"), ("C55", "Z8049"), ("C64", "Z8051"), ("C67", "Z8052"),
        ("C91", "Z806"), ("C92", "Z806"), ("C93", "Z806"), ("C94", "Z806"), ("C95", "Z806"), ("C81", "Z807"), ("C82", "Z807"), ("C83", "Z807"),
        ("C84", "Z807"), ("C85", "Z807"), ("C88", "Z807"), ("C90", "Z807"), ("C43", "Z808"), ("C44", "Z808"), ("C3", "Z802"),
        ("C80", "Z809"), ("C", "Z808"), // a named site the table has not listed is among "other organs or systems"
        ("E08", "Z833"), ("E09", "Z833"), ("E10", "Z833"), ("E11", "Z833"), ("E13", "Z833"), ("E7801", "Z8342"), ("E78", "Z83438"),
        ("I63", "Z823"), ("I64", "Z823"), ("I46", "Z8241"), ("I", "Z8249"),
        ("G40", "Z820"), ("G", "Z820"), ("F10", "Z811"), ("F17", "Z812"), ("F11", "Z813"), ("F12", "Z813"), ("F13", "Z813"), ("F14", "Z813"),
        ("F15", "Z813"), ("F16", "Z813"), ("F18", "Z813"), ("F19", "Z813"), ("F70", "Z810"), ("F71", "Z810"), ("F72", "Z810"), ("F73", "Z810"),
        ("F79", "Z810"), ("F", "Z818"), ("J44", "Z825"), ("J45", "Z825"), ("J43", "Z825"), ("M81", "Z8262"), ("M05", "Z8261"), ("M06", "Z8261"),
        ("M15", "Z8261"), ("M16", "Z8261"), ("M17", "Z8261"), ("M19", "Z8261"), ("K635", "Z83719"), ("D12", "Z83719"), ("K", "Z8379"),
        ("Q613", "Z8271"), ("Q", "Z8279"), ("B20", "Z830"), ("D5", "Z832"), ("D6", "Z832"), ("H401", "Z83511"), ("H91", "Z822"), ("H54", "Z821"),
    ];

    /// <summary>A family-history code (Z80–Z84, without dot).</summary>
    public static bool IsFamilyHistory(string code) => code is ['Z', '8', >= '0' and <= '4', ..];

    /// <summary>
    /// History codes a claim carries only when the history affects this visit's care (Guidelines IV.J: "history codes
    /// may be used as secondary codes if the historical condition or family history has an impact on current care"):
    /// family history (Z80–Z84) and personal history Z86–Z87. A past malignancy (Z85) and a former smoker (Z87.891) are
    /// coded whenever documented, as coders do.
    /// </summary>
    public static bool NeedsTieToCare(string code) => (IsFamilyHistory(code) || code is ['Z', '8', '6' or '7', ..]) && code != "Z87891";

    /// <summary>A personal-history code (Z85–Z87, I25.2, without dot).</summary>
    public static bool IsPersonalHistory(string code) => code is ['Z', '8', >= '5' and <= '7', ..] or "I252";

    /// <summary>
    /// A pregnancy's care for what a previous one left (O34.21- "scar from previous cesarean delivery", O09.- "supervision of
    /// pregnancy with history of ..."): its title says "previous" itself, so the word does not make it a history.
    /// </summary>
    public static bool IsCareForAPreviousPregnancy(string code) => code.StartsWith("O3421", StringComparison.Ordinal) || code.StartsWith("O09", StringComparison.Ordinal);

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
