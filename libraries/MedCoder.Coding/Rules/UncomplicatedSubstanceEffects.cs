using System.Collections.Frozen;
using MedCoder.Coding.Context;
using MedCoder.Coding.Reading;
using MedCoder.Contracts.Coding;

namespace MedCoder.Coding.Rules;

/// <summary>
/// A withdrawal or intoxication whose statement denies its complications ("alcohol dependence with withdrawal, no delirium,
/// no seizures, no hallucinations") or calls it uncomplicated is the "uncomplicated" code (F10.230), not the Index's
/// default "unspecified" one (F10.239), which is for a record that does not say. Claim purpose only.
/// </summary>
public static class UncomplicatedSubstanceEffects
{
    private static readonly FrozenSet<string> Complications = WordForms.NormalizedSet(
        "delirium", "seizure", "seizures", "hallucination", "hallucinations", "perceptual", "dts", "dt", "complication", "complications");

    public static void Apply(IReadOnlyList<(ReadNote Note, ContextFlags[] Flags)> read, List<Candidate> candidates, Func<string, string> description, Func<string, bool> billable) =>
        Candidate.RecodeEach(candidates, c => c.System == CodeSystems.Icd10Cm && c.Code is ['F', '1', _, _, _, '9']
            && description(c.Code).EndsWith(", unspecified", StringComparison.OrdinalIgnoreCase)
            && c.Code[..5] + "0" is var plain && billable(plain) && description(plain).EndsWith(", uncomplicated", StringComparison.OrdinalIgnoreCase)
            && c.Evidence.Exists(e => e.NoteIndex < read.Count && SaysUncomplicated(read[e.NoteIndex], e)) ? plain : null);

    private static bool SaysUncomplicated((ReadNote Note, ContextFlags[] Flags) statement, EvidenceSpan span)
    {
        if (statement.Note.SentenceAt(span.Start) is not { } sentence)
        {
            return false;
        }

        for (var t = sentence.FirstToken; t < sentence.EndToken; t++)
        {
            var word = statement.Note.Tokens[t].Word;
            if (word == "uncomplicated" || (Complications.Contains(word) && (statement.Flags[t] & ContextFlags.Negated) != 0))
            {
                return true;
            }
        }

        return false;
    }
}
