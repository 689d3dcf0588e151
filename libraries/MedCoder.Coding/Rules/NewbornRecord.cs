using System.Collections.Frozen;
using MedCoder.Coding.Reading;
using MedCoder.Contracts.Coding;

namespace MedCoder.Coding.Rules;

/// <summary>
/// A newborn's own record (an inpatient stay that begins within a day of the birth). Its birth episode is first a liveborn code (I.C.16.a.2: Z38.00 born
/// in this hospital vaginally, Z38.01 by cesarean; not for twins or more, whose codes the note must say); the mother's
/// conditions it tells of are the infant's P codes, never chapter 15's (I.C.15.a: maternal record only), weeks of gestation
/// or the delivery's outcome, and "gestational diabetic mother" is no family history. Claim purpose only.
/// </summary>
public static class NewbornRecord
{
    private const string Vaginal = "Z3800";
    private const string Cesarean = "Z3801";

    private static readonly FrozenSet<string> BirthWords = WordForms.NormalizedSet("born", "newborn", "delivery", "delivered");
    private static readonly FrozenSet<string> CesareanWords = WordForms.NormalizedSet("cesarean", "c-section", "section");
    private static readonly FrozenSet<string> MultipleWords = WordForms.NormalizedSet("twin", "twins", "triplet", "triplets");

    // A newborn brought back after going home is no birth episode (its reason for admission is first).
    private static readonly FrozenSet<string> ReturnWords = WordForms.NormalizedSet("readmitted", "readmission", "presented", "brought", "transferred");

    /// <returns>The liveborn candidate added, or null.</returns>
    public static Candidate? Apply(IReadOnlyList<ReadNote> notes, List<Candidate> candidates, string rule, double confidence)
    {
        candidates.RemoveAll(c => c.System == CodeSystems.Icd10Cm && (c.Code[0] == 'O' || c.Code.StartsWith("Z3A", StringComparison.Ordinal)
            || c.Code.StartsWith("Z37", StringComparison.Ordinal) || (c.Code == "Z833" && candidates.Exists(p => p.Code.StartsWith("P70", StringComparison.Ordinal)))));

        if (candidates.Exists(c => c.System == CodeSystems.Icd10Cm && c.Code.StartsWith("Z38", StringComparison.Ordinal))
            || notes.Count == 0 || FirstBirthStatement(notes[0]) is not { } sentence)
        {
            return null;
        }

        var note = notes[0];
        if (EvidenceSentences.Says(note, sentence, MultipleWords) || note.Sentences.Any(s => EvidenceSentences.Says(note, s, ReturnWords)))
        {
            return null;
        }

        var code = note.Sentences.Any(s => EvidenceSentences.Says(note, s, CesareanWords)) ? Cesarean : Vaginal;
        var born = Candidate.FromSpan(CodeSystems.Icd10Cm, code, rule, new EvidenceSpan(0, sentence.Start, sentence.End), confidence);
        born.Precedence = Candidate.ReasonPrecedence;
        born.DiagnosticRank = long.MinValue;
        candidates.Add(born);
        return born;
    }

    /// <summary>The first sentence that tells of the birth ("Term male infant, born by spontaneous vaginal delivery in this hospital").</summary>
    private static NoteSentence? FirstBirthStatement(ReadNote note)
    {
        foreach (var sentence in note.Sentences)
        {
            if (EvidenceSentences.Says(note, sentence, BirthWords))
            {
                return sentence;
            }
        }

        return null;
    }
}
