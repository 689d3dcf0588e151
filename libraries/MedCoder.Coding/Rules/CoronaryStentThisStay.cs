using System.Collections.Frozen;
using MedCoder.Coding.Reading;
using MedCoder.Contracts.Coding;

namespace MedCoder.Coding.Rules;

/// <summary>
/// A coronary stent placed during this stay is the stay's procedure, not a status the patient came with: Z95.5 (presence
/// of a coronary stent) is for a stent from before (I.C.21.c.3: status codes are not used with the procedure that puts the
/// device in), and the antiplatelet drugs started for it at discharge are not yet long-term therapy (Z79.02, Z79.82) unless
/// the note says the patient was already taking them. Inpatient claims only.
/// </summary>
public static class CoronaryStentThisStay
{
    private const string StentStatus = "Z955";
    private static readonly string[] Antiplatelets = ["Z7902", "Z7982"];

    private static readonly FrozenSet<string> Stent = WordForms.NormalizedSet("stent", "stents");
    private static readonly FrozenSet<string> Placed = WordForms.NormalizedSet("placed", "deployed", "deployment", "placement", "implanted", "pci", "treated", "performed");
    private static readonly FrozenSet<string> Before = WordForms.NormalizedSet("ago", "prior", "previous", "previously", "history", "remote", "old", "known");

    public static void Apply(IReadOnlyList<ReadNote> notes, List<Candidate> candidates)
    {
        if (!candidates.Exists(c => c.System == CodeSystems.Icd10Cm && (c.Code == StentStatus || Antiplatelets.Contains(c.Code)))
            || !notes.Any(note => note.Sentences.Any(s => s.Section is SectionKind.HospitalCourse or SectionKind.Procedures or SectionKind.Other
                && EvidenceSentences.Says(note, s, Stent) && EvidenceSentences.Says(note, s, Placed) && !TellsOfBefore(note, s))))
        {
            return;
        }

        candidates.RemoveAll(c => c.System == CodeSystems.Icd10Cm
            && ((c.Code == StentStatus && !c.Evidence.Exists(e => EvidenceSentences.Of(notes, e) is var (note, s) && TellsOfBefore(note, s)))
                || (Antiplatelets.Contains(c.Code) && c.Evidence.TrueForAll(e => EvidenceSentences.Of(notes, e) is not var (_, s) || s.Section == SectionKind.Medications))));
    }

    /// <summary>The sentence tells of an earlier time: "prior", "ago", a year ("stent to the RCA in 2019").</summary>
    private static bool TellsOfBefore(ReadNote note, NoteSentence sentence)
    {
        if (EvidenceSentences.Says(note, sentence, Before))
        {
            return true;
        }

        for (var t = sentence.FirstToken; t < sentence.EndToken; t++)
        {
            if (note.Tokens[t].Word is { Length: 4 } word && (word.StartsWith("19", StringComparison.Ordinal) || word.StartsWith("20", StringComparison.Ordinal)) && int.TryParse(word, out _))
            {
                return true;
            }
        }

        return false;
    }
}
