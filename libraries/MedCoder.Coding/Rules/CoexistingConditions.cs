namespace MedCoder.Coding.Rules;

/// <summary>
/// Chronic systemic conditions that affect an operation's care whatever its diagnosis (anesthesia, monitoring, drugs held
/// or bridged): hypertension, diabetes, thyroid disease, obesity, chronic lung, heart and kidney disease, sleep apnea,
/// reflux. An
/// operative report's pre- and postoperative diagnoses name only the surgical condition; a coder also codes these when the
/// report documents them (Guidelines III, other diagnoses that affect care; IV.J, chronic diseases under treatment).
/// </summary>
public static class CoexistingConditions
{
    // Dotless category prefixes: I10–I13 hypertension, I25 chronic ischemic heart disease, I48 atrial fibrillation, I50 heart
    // failure, E03 hypothyroidism, E05 hyperthyroidism, E08–E13 diabetes, E66 obesity, E78 lipid disorders, J44 COPD, J45
    // asthma, N18 chronic kidney disease, G47.33 obstructive sleep apnea, K21 reflux (an aspiration risk under anesthesia).
    private static readonly string[] Prefixes =
        ["I10", "I11", "I12", "I13", "I25", "I48", "I50", "E03", "E05", "E08", "E09", "E10", "E11", "E13", "E66", "E78", "J44", "J45", "N18", "G4733", "K21"];

    public static bool AffectOperativeCare(string code) => Array.Exists(Prefixes, p => code.StartsWith(p, StringComparison.Ordinal));
}
