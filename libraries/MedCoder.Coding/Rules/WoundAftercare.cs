using System.Collections.Frozen;
using MedCoder.Coding.Reading;
using MedCoder.Contracts.Coding;

namespace MedCoder.Coding.Rules;

/// <summary>
/// Suture and dressing aftercare (Z48.0-) on a claim: not for an injury, whose aftercare is the injury's code with 7th
/// character D (I.C.21.c.7), and not when the removal is a plan for later ("suture removal in 10 days").
/// </summary>
public static class WoundAftercare
{
    private static readonly FrozenSet<string> TimeUnits = WordForms.NormalizedSet("day", "days", "week", "weeks");

    public static void Apply(IReadOnlyList<ReadNote> notes, List<Candidate> candidates)
    {
        var injury = candidates.Exists(c => c.System == CodeSystems.Icd10Cm && c.Code[0] is 'S' or 'T');
        candidates.RemoveAll(c => c.System == CodeSystems.Icd10Cm && c.Code.StartsWith("Z480", StringComparison.Ordinal)
            && (injury || c.Evidence.TrueForAll(e => EvidenceSentences.Of(notes, e) is var (note, sentence) && Planned(note, sentence))));
    }

    /// <summary>A count of days or weeks in the sentence: when the removal is due, not what was done.</summary>
    private static bool Planned(ReadNote note, NoteSentence sentence)
    {
        for (var t = sentence.FirstToken + 1; t < sentence.EndToken; t++)
        {
            if (TimeUnits.Contains(note.Tokens[t].Word) && note.Tokens[t - 1].Word is { Length: > 0 } count && char.IsDigit(count[0]))
            {
                return true;
            }
        }

        return false;
    }
}
