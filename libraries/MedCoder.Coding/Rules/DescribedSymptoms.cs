using MedCoder.Coding.Reading;
using MedCoder.Contracts.Coding;

namespace MedCoder.Coding.Rules;

/// <summary>
/// A sign the provider writes as a feature of the diagnosis it follows ("Right carpal tunnel syndrome, moderate to
/// severe, with thenar weakness") is part of that diagnosis, not a condition of its own: signs and symptoms routinely
/// associated with a disease are not coded beside it (Guidelines I.B.5). Claim purpose only.
/// </summary>
public static class DescribedSymptoms
{
    /// <summary>Drops symptom codes (R00–R99) every mention of which follows "with" after a definitive diagnosis in the same sentence.</summary>
    public static void Drop(IReadOnlyList<ReadNote> notes, List<Candidate> candidates)
    {
        // A stroke's deficits (aphasia, dysphagia, facial droop) are coded beside it, however the sentence joins them (I.C.9.d).
        var definitive = candidates.FindAll(c => c.System == CodeSystems.Icd10Cm && c.Code[0] is not ('R' or 'Z') && c.Confidence > 0 && !HasCodedDeficits(c.Code));
        if (definitive.Count == 0)
        {
            return;
        }

        candidates.RemoveAll(c => c.System == CodeSystems.Icd10Cm && c.Code[0] == 'R' && c.Evidence.Count > 0
            && c.Evidence.TrueForAll(e => Describes(notes, e, definitive)));
    }

    private static bool Describes(IReadOnlyList<ReadNote> notes, EvidenceSpan symptom, List<Candidate> definitive)
    {
        if (EvidenceSentences.Of(notes, symptom) is not (var note, var sentence))
        {
            return false;
        }

        foreach (var d in definitive)
        {
            foreach (var e in d.Evidence)
            {
                if (e.NoteIndex == symptom.NoteIndex && e.Start >= sentence.Start && e.End <= symptom.Start
                    && HasWith(note.Text.AsSpan(e.End, symptom.Start - e.End)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    // A poisoning's manifestations (I.C.19.e.5.b) and a suicide attempt's are coded beside it too.
    private static bool HasCodedDeficits(string code) => code is ['I', '6', '0' or '1' or '2' or '3' or '9', ..] or ['T', '1', '4', '9', ..] or ['T', '3' or '4' or '5' or '6', ..];

    private static bool HasWith(ReadOnlySpan<char> between) =>
        between.Length < 80 && (between.Contains(" with ", StringComparison.OrdinalIgnoreCase) || between.StartsWith("with ", StringComparison.OrdinalIgnoreCase));
}
