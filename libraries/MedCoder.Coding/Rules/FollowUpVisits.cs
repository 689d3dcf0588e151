using MedCoder.Coding.Reading;
using MedCoder.Contracts.Coding;

namespace MedCoder.Coding.Rules;

/// <summary>
/// A follow-up visit after completed treatment (Guidelines I.C.21.c.8, IV): when the visit is a follow-up and the final
/// diagnostic statement names no current condition, only a past one's history code, the encounter is Z09 (Z08 after a
/// malignant neoplasm) listed first, with the history code after it. A follow-up of a condition still treated is coded
/// as the condition, so nothing changes then. Claim purpose only.
/// </summary>
public static class FollowUpVisits
{
    public const string AfterTreatment = "Z09";
    public const string AfterCancerTreatment = "Z08";

    /// <summary>
    /// Where a note says the visit is a follow-up: "follow-up", "followup" in the chief complaint, reason or assessment, or
    /// "surveillance" there, in the history or a title; null when it does not.
    /// </summary>
    public static EvidenceSpan? Stated(ReadNote note, int noteIndex)
    {
        var tokens = note.Tokens;
        for (var t = 0; t < tokens.Length; t++)
        {
            var follow = tokens[t].Word == "followup" || (tokens[t].Word == "follow" && t + 1 < tokens.Length && tokens[t + 1].Word == "up");
            var section = note.Sentences[tokens[t].Sentence].Section;
            if ((follow && section is SectionKind.ChiefComplaint or SectionKind.Assessment)
                || (tokens[t].Word == "surveillance" && section is SectionKind.ChiefComplaint or SectionKind.Assessment or SectionKind.Hpi or SectionKind.Other))
            {
                return new EvidenceSpan(noteIndex, tokens[t].Start, tokens[Math.Min(t + 1, tokens.Length - 1)].End);
            }
        }

        return null;
    }

    /// <summary>
    /// The follow-up code: Z08 when the diagnostic statement names a past malignancy (surveillance after its treatment is the
    /// visit's reason whatever else is treated, I.C.2.d and I.C.21.c.8), Z09 when it names only personal-history codes; null otherwise.
    /// </summary>
    public static string? CodeFor(List<Candidate> candidates)
    {
        if (candidates.Exists(c => c.System == CodeSystems.Icd10Cm && c.FinalStatement && c.Code.StartsWith("Z85", StringComparison.Ordinal)))
        {
            return AfterCancerTreatment;
        }

        var history = false;
        var cancer = false;
        foreach (var c in candidates)
        {
            if (c.System != CodeSystems.Icd10Cm)
            {
                continue;
            }

            if (c.FinalStatement && !IsPersonalHistory(c.Code))
            {
                return null; // a condition still present is what the visit is for
            }

            history |= c.FinalStatement && IsPersonalHistory(c.Code);
            cancer |= c.FinalStatement && c.Code.StartsWith("Z85", StringComparison.Ordinal);
        }

        return !history ? null : cancer ? AfterCancerTreatment : AfterTreatment;
    }

    private static bool IsPersonalHistory(string code) => code is ['Z', '8', '5' or '6' or '7', ..] or "I252";
}
