using MedCoder.Contracts.Coding;

namespace MedCoder.Coding.Rules;

/// <summary>
/// Severe sepsis is never coded by R65.2- alone (Guidelines I.C.1.d.1.b and d.4: the code for the underlying systemic
/// infection comes first, A41.9 when the organism is not named): "severe sepsis due to pneumonia" reads as R65.20, whose
/// longer title takes the words "sepsis" would have been read by, so the systemic infection is added in front of it
/// when no sepsis code is already there. Claim purpose only.
/// </summary>
public static class SevereSepsis
{
    public const string UnspecifiedOrganism = "A419";
    private const string SeverePrefix = "R652";

    public static void AddSystemicInfection(List<Candidate> candidates, Func<string, string> description, Func<string, bool> billable)
    {
        var severe = candidates.Find(c => c.System == CodeSystems.Icd10Cm && c.Code.StartsWith(SeverePrefix, StringComparison.Ordinal));
        if (severe is null || !billable(UnspecifiedOrganism))
        {
            return;
        }

        // A sepsis the course names ("started on the sepsis bundle") is the one the final statement's "severe sepsis" names.
        if (candidates.Find(c => c != severe && c.System == CodeSystems.Icd10Cm && NamesSepsis(description(c.Code))) is { } named)
        {
            if (named.DiagnosticRank == long.MaxValue && severe.DiagnosticRank != long.MaxValue)
            {
                named.DiagnosticRank = severe.DiagnosticRank - 1;
                named.FinalStatement |= severe.FinalStatement;
                foreach (var e in severe.Evidence)
                {
                    named.AddEvidence(e);
                }
            }

            return;
        }

        var infection = severe.CopyAs(UnspecifiedOrganism);
        infection.Rule = "guideline:severe-sepsis";
        infection.DiagnosticRank = severe.DiagnosticRank == long.MaxValue ? long.MaxValue : severe.DiagnosticRank - 1;
        infection.FirstPosition = severe.FirstPosition == long.MaxValue ? long.MaxValue : severe.FirstPosition - 1;
        candidates.Add(infection);
    }

    private static bool NamesSepsis(string title) =>
        (title.Contains("sepsis", StringComparison.OrdinalIgnoreCase) && !title.StartsWith("Severe sepsis", StringComparison.OrdinalIgnoreCase))
        || title.Contains("septicemia", StringComparison.OrdinalIgnoreCase);
}
