using System.Collections.Frozen;
using MedCoder.Coding.Reading;
using MedCoder.Contracts.Coding;

namespace MedCoder.Coding.Rules;

/// <summary>
/// A primary malignancy excised or treated with no evidence of it left is a personal history (Guidelines I.C.2.d: "when a
/// primary malignancy has been excised or eradicated ... and there is no evidence of any existing primary malignancy, a
/// code from category Z85 should be used"): "papillary thyroid cancer, no evidence of recurrent disease" is Z85.850, not
/// C73; and a malignancy the diagnostic statement calls a history is not also coded as present from another mention.
/// Claim purpose only.
/// </summary>
public static class TreatedMalignancy
{
    private static readonly HashSet<string> Absent = new(StringComparer.Ordinal) { "no", "without" };
    private static readonly HashSet<string> Recurrence = new(StringComparer.Ordinal) { "recurrence", "recurrent" };

    public static void Apply(IReadOnlyList<ReadNote> notes, List<Candidate> candidates, Func<string, bool> billable)
    {
        // Long-term hormonal or antineoplastic therapy (Z79.81-, Z79.6-) is treatment still directed at the malignancy.
        var underTreatment = candidates.Exists(o => o.System == CodeSystems.Icd10Cm && (o.Code.StartsWith("Z7981", StringComparison.Ordinal) || o.Code.StartsWith("Z796", StringComparison.Ordinal)));
        foreach (var c in candidates.ToList())
        {
            if (c.System != CodeSystems.Icd10Cm || !IsPrimary(c.Code) || HistoryCodes.PersonalHistoryOf(c.Code) is not { } history || !billable(history))
            {
                continue;
            }

            var statedHistory = candidates.Find(o => o.System == CodeSystems.Icd10Cm && o.Code == history);
            if (statedHistory is { FinalStatement: true })
            {
                candidates.Remove(c);
                continue;
            }

            if (underTreatment || !c.Evidence.Exists(e => EvidenceSentences.Of(notes, e) is var (note, sentence) && SaysNoneLeft(note, sentence) && !EvidenceSentences.Says(note, sentence, TreatmentWords)))
            {
                // The malignancy is current, so the past history's "breast cancer" names it too, not an earlier one; skin
                // cancers are often several primaries, a new one beside an old one's history (C44 with Z85.828).
                if (statedHistory is not null && !IsSkin(c.Code))
                {
                    candidates.Remove(statedHistory);
                }

                continue;
            }

            candidates.Remove(c);
            if (statedHistory is not null)
            {
                statedHistory.FinalStatement |= c.FinalStatement;
                statedHistory.DiagnosticRank = Math.Min(statedHistory.DiagnosticRank, c.DiagnosticRank);
                c.Evidence.ForEach(statedHistory.AddEvidence);
                continue;
            }

            c.Code = history;
            c.Rule = "history:treated-malignancy";
            candidates.Add(c);
        }
    }

    /// <summary>
    /// Treatment still directed at the site (I.C.2.d: the history code is for "no further treatment directed to that
    /// site"): "on adjuvant anastrozole, no evidence of recurrence" is the malignancy.
    /// </summary>
    private static readonly FrozenSet<string> TreatmentWords = WordForms.NormalizedSet(
        "adjuvant", "chemotherapy", "chemo", "radiation", "radiotherapy", "immunotherapy", "hormonal", "endocrine",
        "tamoxifen", "anastrozole", "letrozole", "exemestane", "trastuzumab", "undergoing");


    private static bool IsSkin(string code) => code.StartsWith("C43", StringComparison.Ordinal) || code.StartsWith("C44", StringComparison.Ordinal) || code.StartsWith("C4A", StringComparison.Ordinal);

    // Primary malignancies of solid organs and skin; lymphomas and leukemias have their own "in remission" codes.
    private static bool IsPrimary(string code) => code is ['C', >= '0' and <= '7', _, ..] && !(code[1] == '7' && code[2] is >= '7' and <= '9');

    /// <summary>
    /// "No evidence of recurrence", "no evidence of recurrent disease", "no evidence of disease", "NED", "disease-free"; not a
    /// staging finding ("no nodal disease") or the margins of an excision done now ("no residual tumor").
    /// </summary>
    private static bool SaysNoneLeft(ReadNote note, NoteSentence sentence)
    {
        var tokens = note.Tokens;
        for (var t = sentence.FirstToken; t < sentence.EndToken; t++)
        {
            var word = tokens[t].Word;
            if (word == "ned" || (word == "free" && t > sentence.FirstToken && tokens[t - 1].Word is "disease" or "cancer" or "tumor"))
            {
                return true;
            }

            var evidenceOfDisease = word == "disease" && t - 2 >= sentence.FirstToken && (tokens[t - 1].Word == "evidence" || tokens[t - 2].Word == "evidence");
            if (Recurrence.Contains(word) || evidenceOfDisease)
            {
                for (var back = t - 1; back >= Math.Max(sentence.FirstToken, t - 4); back--)
                {
                    if (Absent.Contains(tokens[back].Word))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }
}
