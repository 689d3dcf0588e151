using MedCoder.Coding.Reading;
using MedCoder.Contracts.Coding;

namespace MedCoder.Coding.Rules;

/// <summary>
/// A general medical examination as the encounter's reason (Guidelines I.C.21.c.13): the child's code under 18 (Z00.12-),
/// the adult's from 18 (Z00.0-), and "with abnormal findings" when the statement says so, or, when it says neither, when
/// the provider states a condition beside it (an abnormal finding is coded after the examination).
/// </summary>
public static class GeneralExaminations
{
    public const string Adult = "Z0000";
    public const string Child = "Z00129";

    private const string AdultAbnormal = "Z0001";
    private const string ChildAbnormal = "Z00121";
    private const int AdultAge = 18;

    public static void Apply(IReadOnlyList<ReadNote> notes, List<Candidate> candidates, int age)
    {
        if (candidates.Find(c => c.System == CodeSystems.Icd10Cm && c.Code is Adult or Child) is not { } exam)
        {
            return;
        }

        var abnormal = StatedFindings(notes, exam)
            ?? candidates.Exists(c => c != exam && c.System == CodeSystems.Icd10Cm && c.FinalStatement && c.Code[0] != 'Z' && c.Precedence == Candidate.DefaultPrecedence);
        var code = (age < AdultAge, abnormal) switch
        {
            (true, true) => ChildAbnormal,
            (true, false) => Child,
            (false, true) => AdultAbnormal,
            (false, false) => Adult,
        };
        if (code != exam.Code && !candidates.Exists(c => c.System == CodeSystems.Icd10Cm && c.Code == code))
        {
            exam.Code = code;
        }
    }

    /// <summary>What the examination's sentence says of findings: "with abnormal findings" true, "without" / "no abnormal findings" false, else null.</summary>
    private static bool? StatedFindings(IReadOnlyList<ReadNote> notes, Candidate exam)
    {
        foreach (var span in exam.Evidence)
        {
            if (EvidenceSentences.Of(notes, span) is not (var note, var sentence))
            {
                continue;
            }

            for (var t = sentence.FirstToken + 1; t < sentence.EndToken; t++)
            {
                if (note.Tokens[t].Word == "abnormal")
                {
                    return note.Tokens[t - 1].Word is not ("without" or "no" or "not");
                }
            }
        }

        return null;
    }
}
