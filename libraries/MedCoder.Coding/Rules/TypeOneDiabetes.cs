using System.Collections.Frozen;
using MedCoder.Coding.Reading;
using MedCoder.Contracts.Coding;

namespace MedCoder.Coding.Rules;

/// <summary>
/// A diabetic complication named without its type ("DKA", "diabetic ketoacidosis") in a patient the note says has type 1
/// diabetes is type 1's (E10.10), not the code book's default type 2 (E11.10; Guidelines I.C.4.a.2 default only when the
/// type is not documented). The type may be stated anywhere but the family history; a note that also says type 2 is left alone.
/// </summary>
public static class TypeOneDiabetes
{
    private static readonly FrozenSet<string> Diabetes = WordForms.NormalizedSet("diabetes", "dm", "diabetic");

    public static void Apply(IReadOnlyList<ReadNote> notes, List<Candidate> candidates, Func<string, bool> billable)
    {
        if (!candidates.Exists(c => c.System == CodeSystems.Icd10Cm && c.Code.StartsWith("E11", StringComparison.Ordinal)) || StatedType(notes) != '1')
        {
            return;
        }

        Candidate.RecodeEach(candidates, c => c.System == CodeSystems.Icd10Cm && c.Code.StartsWith("E11", StringComparison.Ordinal)
            && "E10" + c.Code[3..] is var typeOne && billable(typeOne) ? typeOne : null);
    }

    /// <summary>'1' or '2' when the notes state only that type ("type 1 diabetes", "T1DM"), null when neither or both.</summary>
    private static char? StatedType(IReadOnlyList<ReadNote> notes)
    {
        char? stated = null;
        foreach (var note in notes)
        {
            var tokens = note.Tokens;
            foreach (var sentence in note.Sentences)
            {
                if (sentence.Section == SectionKind.FamilyHistory)
                {
                    continue;
                }

                for (var t = sentence.FirstToken; t + 2 < sentence.EndToken; t++)
                {
                    if (tokens[t].Word == "type" && tokens[t + 1].Word is "1" or "2" or "i" or "ii"
                        && (Diabetes.Contains(tokens[t + 2].Word) || (t + 3 < sentence.EndToken && Diabetes.Contains(tokens[t + 3].Word))))
                    {
                        var type = tokens[t + 1].Word is "1" or "i" ? '1' : '2';
                        if (stated is { } other && other != type)
                        {
                            return null;
                        }

                        stated = type;
                    }
                }
            }
        }

        return stated;
    }
}
