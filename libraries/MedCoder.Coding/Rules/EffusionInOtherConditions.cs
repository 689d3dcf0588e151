using MedCoder.Contracts.Coding;

namespace MedCoder.Coding.Rules;

/// <summary>
/// A pleural effusion coded beside the heart failure or pneumonia that causes it is "pleural effusion in other conditions
/// classified elsewhere" (J91.8, "code first underlying disease"), not J90, "pleural effusion, not elsewhere classified":
/// the Index's "Effusion, pleura, in conditions classified elsewhere".
/// </summary>
public static class EffusionInOtherConditions
{
    private const string NotElsewhereClassified = "J90";
    private const string InOtherConditions = "J918";

    // Heart failure (I50, hypertensive heart disease with heart failure I11.0, I13.0, I13.2) and pneumonia (J12–J18).
    private static bool Causes(string code) =>
        code.StartsWith("I50", StringComparison.Ordinal) || code is "I110" or "I130" or "I132"
        || (code.StartsWith("J1", StringComparison.Ordinal) && code.Length >= 3 && code[2] is >= '2' and <= '8');

    public static void Apply(List<Candidate> candidates)
    {
        var at = candidates.FindIndex(c => c.System == CodeSystems.Icd10Cm && c.Code == NotElsewhereClassified);
        if (at >= 0 && candidates.Exists(c => c.System == CodeSystems.Icd10Cm && Causes(c.Code)))
        {
            Candidate.Recode(candidates, at, InOtherConditions, "combination:effusion-in-other-conditions");
        }
    }
}
