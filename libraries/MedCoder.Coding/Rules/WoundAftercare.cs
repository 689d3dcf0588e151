using MedCoder.Coding.Reading;
using MedCoder.Contracts.Coding;

namespace MedCoder.Coding.Rules;

/// <summary>
/// Suture and dressing aftercare (Z48.0-) on a claim: not for an injury, whose aftercare is the injury's code with 7th
/// character D (I.C.21.c.7), and not when the removal is a plan for later ("suture removal in 10 days").
/// </summary>
public static class WoundAftercare
{
    public static void Apply(IReadOnlyList<ReadNote> notes, List<Candidate> candidates)
    {
        var injury = candidates.Exists(c => c.System == CodeSystems.Icd10Cm && c.Code[0] is 'S' or 'T');
        candidates.RemoveAll(c => c.System == CodeSystems.Icd10Cm && c.Code.StartsWith("Z480", StringComparison.Ordinal)
            && (injury || c.Evidence.TrueForAll(e => EvidenceSentences.Of(notes, e) is var (note, sentence) && StatusStatements.SaysOtherEncounter(note.Tokens, sentence, sentence.FirstToken, sentence.EndToken))));
    }
}
