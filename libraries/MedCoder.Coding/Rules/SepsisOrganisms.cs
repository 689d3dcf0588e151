using MedCoder.Coding.Reading;
using MedCoder.Contracts.Coding;

namespace MedCoder.Coding.Rules;

/// <summary>
/// Sepsis and the organism the same statement names are one code (I.C.1.d.1.a: "assign the appropriate code for the
/// underlying systemic infection", which names the organism): "severe sepsis due to Escherichia coli" is A41.51, not
/// A41.9 beside B96.20. The organism's "as the cause of diseases classified elsewhere" code then gives way where the
/// sepsis code names it (<see cref="CodeExclusions.ConfirmOrganismNamedBySepsis"/>). Claim purpose only.
/// </summary>
public static class SepsisOrganisms
{
    private const string UnspecifiedSepsis = "A419";

    private static readonly System.Collections.Frozen.FrozenSet<string> Sepsis = WordForms.NormalizedSet("sepsis", "septic", "septicemia", "urosepsis");

    // The organism "as the cause of diseases classified elsewhere" and the sepsis code whose title names it: E. coli, MSSA,
    // MRSA, Pseudomonas, H. influenzae, streptococci A and B, pneumococcus, Enterococcus.
    private static readonly Dictionary<string, string> Naming = new(StringComparer.Ordinal)
    {
        ["B9620"] = "A4151", ["B9561"] = "A4101", ["B9562"] = "A4102", ["B965"] = "A4152", ["B963"] = "A413", ["B950"] = "A400",
        ["B951"] = "A401", ["B953"] = "A403", ["B952"] = "A4181",
    };

    // Klebsiella has no sepsis code of its own: "other Gram-negative sepsis", which does not name it.
    private const string Klebsiella = "B961";
    private const string OtherGramNegative = "A4159";

    /// <summary>The sepsis code (no dot) whose title names the organism code, or null.</summary>
    public static string? SepsisNaming(string organism) => Naming.GetValueOrDefault(organism);

    private static string? SepsisDueTo(string organism) => organism == Klebsiella ? OtherGramNegative : SepsisNaming(organism);

    public static void Apply(IReadOnlyList<ReadNote> notes, List<Candidate> candidates, Func<string, bool> billable)
    {
        var sepsis = candidates.Find(c => c.System == CodeSystems.Icd10Cm && c.Code == UnspecifiedSepsis);
        if (sepsis is null)
        {
            return;
        }

        // The organism named in a statement of the sepsis: one of the sepsis code's own sentences, or one that says sepsis.
        var sentences = sepsis.Evidence.Select(e => EvidenceSentences.Of(notes, e)).Where(s => s is not null).Select(s => (s!.Value.Note, s.Value.Sentence.Start)).ToHashSet();
        var organism = candidates.Find(c => c.System == CodeSystems.Icd10Cm && SepsisDueTo(c.Code) is not null
            && c.Evidence.Exists(e => EvidenceSentences.Of(notes, e) is var (note, s) && (sentences.Contains((note, s.Start)) || EvidenceSentences.Says(note, s, Sepsis))));
        if (organism is not null && SepsisDueTo(organism.Code) is { } code && billable(code))
        {
            Candidate.Recode(candidates, candidates.IndexOf(sepsis), code, sepsis.Rule);
        }
    }
}
