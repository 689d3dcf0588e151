using System.Globalization;
using MedCoder.Coding.Reading;
using MedCoder.Contracts.Coding;

namespace MedCoder.Coding.Rules;

/// <summary>
/// An acute myocardial infarction is coded as acute for four weeks from its onset (Guidelines I.C.9.e.1); one the
/// statement dates further back ("NSTEMI 3 months ago, recovered", "MI 2 years ago") is an old one, I25.2. Claim purpose only.
/// </summary>
public static class OldMyocardialInfarction
{
    private const string OldInfarction = "I252";

    public static void Apply(IReadOnlyList<ReadNote> notes, List<Candidate> candidates)
    {
        foreach (var c in candidates.ToList())
        {
            if (c.System != CodeSystems.Icd10Cm || !(c.Code.StartsWith("I21", StringComparison.Ordinal) || c.Code.StartsWith("I22", StringComparison.Ordinal))
                || !c.Evidence.TrueForAll(e => EvidenceSentences.Of(notes, e) is var (note, sentence) && SaysLongAgo(note, sentence)))
            {
                continue;
            }

            if (candidates.Find(o => o.System == CodeSystems.Icd10Cm && o.Code == OldInfarction) is { } old)
            {
                c.Evidence.ForEach(old.AddEvidence);
                old.FinalStatement |= c.FinalStatement;
                old.Confidence = Math.Max(old.Confidence, c.Confidence);
                candidates.Remove(c);
                continue;
            }

            c.Code = OldInfarction;
            c.Rule = "history:old-myocardial-infarction";
        }
    }

    /// <summary>"3 months ago", "2 years ago", "6 weeks ago": more than four weeks before the encounter.</summary>
    private static bool SaysLongAgo(ReadNote note, NoteSentence sentence)
    {
        var tokens = note.Tokens;
        for (var t = sentence.FirstToken; t + 2 < sentence.EndToken; t++)
        {
            if (tokens[t + 2].Word == "ago" && int.TryParse(tokens[t].Word, CultureInfo.InvariantCulture, out var count)
                && tokens[t + 1].Word switch { "month" or "year" or "mo" or "yr" => true, "week" or "wk" => count > 4, _ => false })
            {
                return true;
            }
        }

        return false;
    }
}
