using MedCoder.Coding.Reading;
using MedCoder.Contracts.Coding;

namespace MedCoder.Coding.Rules;

/// <summary>
/// A finding the report describes but its impression (or postoperative or discharge diagnosis) leaves out is not coded:
/// the diagnostic statement is what the interpreting physician concludes (Guidelines IV.K: code the confirmed findings of
/// the interpretation), and "mild degenerative changes of the thoracic spine" on a chest film for cough is an aside.
/// Claim purpose only.
/// </summary>
public static class UnreportedFindings
{
    public static void Drop(IReadOnlyList<ReadNote> notes, List<Candidate> candidates)
    {
        if (!notes.Any(note => note.Sentences.Any(s => s.Section is SectionKind.Assessment or SectionKind.PostoperativeDiagnosis or SectionKind.DischargeDiagnoses)))
        {
            return;
        }

        candidates.RemoveAll(c => c.System == CodeSystems.Icd10Cm && c.Evidence.Count > 0
            && c.Evidence.TrueForAll(e => EvidenceSentences.Of(notes, e) is var (_, s) && s.Section == SectionKind.Findings));
    }
}
