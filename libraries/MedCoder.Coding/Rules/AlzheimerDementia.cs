using MedCoder.Coding.Reading;
using MedCoder.Contracts.Coding;

namespace MedCoder.Coding.Rules;

/// <summary>
/// Dementia in Alzheimer's disease is "dementia in other diseases classified elsewhere" (F02.-, which the tabular list
/// under G30 asks for), not unspecified dementia (F03.-): "Alzheimer's dementia, moderate" is G30.- with F02.B0, not
/// F03.B0. The onset the statement gives picks the G30 code ("late onset" G30.1, "early onset" G30.0).
/// </summary>
public static class AlzheimerDementia
{
    public static void Apply(IReadOnlyList<ReadNote> notes, List<Candidate> candidates, Func<string, bool> billable)
    {
        if (candidates.Find(c => c.System == CodeSystems.Icd10Cm && c.Code.StartsWith("G30", StringComparison.Ordinal)) is not { } alzheimer)
        {
            return;
        }

        Candidate.RecodeEach(candidates, c => c.System == CodeSystems.Icd10Cm && c.Code.StartsWith("F03", StringComparison.Ordinal)
            && "F02" + c.Code[3..] is var inOtherDisease && billable(inOtherDisease) ? inOtherDisease : null, "combination:dementia-in-alzheimer");

        if (alzheimer.Code == "G309" && Onset(notes, candidates) is { } onset && billable(onset) && candidates.IndexOf(alzheimer) is var at and >= 0)
        {
            Candidate.Recode(candidates, at, onset, alzheimer.Rule);
        }
    }

    /// <summary>G30.1 for a stated late onset, G30.0 for an early one, in a sentence of the Alzheimer's or its dementia.</summary>
    private static string? Onset(IReadOnlyList<ReadNote> notes, List<Candidate> candidates)
    {
        foreach (var c in candidates.FindAll(c => c.System == CodeSystems.Icd10Cm && (c.Code.StartsWith("G30", StringComparison.Ordinal) || c.Code.StartsWith("F02", StringComparison.Ordinal))))
        {
            foreach (var span in c.Evidence)
            {
                if (EvidenceSentences.Of(notes, span) is not var (note, sentence))
                {
                    continue;
                }

                for (var t = sentence.FirstToken; t + 1 < sentence.EndToken; t++)
                {
                    if (note.Tokens[t + 1].Word == "onset" && note.Tokens[t].Word is "late" or "early")
                    {
                        return note.Tokens[t].Word == "late" ? "G301" : "G300";
                    }
                }
            }
        }

        return null;
    }
}
