using MedCoder.Coding.Reading;
using MedCoder.Contracts.Coding;

namespace MedCoder.Coding.Rules;

/// <summary>
/// Gestational diabetes is coded by how it is controlled (O24.41-/.42-/.43-: 0 diet, 4 insulin, 5 oral hypoglycemic drugs;
/// 9 unspecified): "Gestational diabetes mellitus, newly diagnosed. Plan diet control first" is O24.410. The control is
/// read from the note's assessment and plan; a note naming more than one keeps the code as read.
/// </summary>
public static class GestationalDiabetesControl
{
    public static void Apply(IReadOnlyList<ReadNote> notes, List<Candidate> candidates, Func<string, bool> billable)
    {
        var at = candidates.FindIndex(c => c.System == CodeSystems.Icd10Cm && c.Code.Length == 6 && c.Code.StartsWith("O24", StringComparison.Ordinal)
            && c.Code[3] == '4' && c.Code[5] == '9');
        if (at < 0 || Control(notes) is not { } control || candidates[at].Code[..5] + control is var code && !billable(code))
        {
            return;
        }

        Candidate.Recode(candidates, at, code, candidates[at].Rule);
    }

    private static char? Control(IReadOnlyList<ReadNote> notes)
    {
        char? found = null;
        foreach (var note in notes)
        {
            foreach (var sentence in note.Sentences)
            {
                if (!SectionKinds.IsDiagnostic(sentence.Section))
                {
                    continue;
                }

                for (var t = sentence.FirstToken; t < sentence.EndToken; t++)
                {
                    // "If fasting > 95 consistently, will start insulin": a plan for later, not the control now.
                    if (note.Tokens[t].Word == "if")
                    {
                        break;
                    }

                    var next = t + 1 < sentence.EndToken ? note.Tokens[t + 1].Word : string.Empty;
                    var previous = t > sentence.FirstToken ? note.Tokens[t - 1].Word : string.Empty;
                    char? control = note.Tokens[t].Word switch
                    {
                        "diet" when next is "control" or "controlled" || previous == "with" => '0',
                        "a1gdm" => '0',
                        "insulin" or "a2gdm" => '4',
                        "metformin" or "glyburide" => '5',
                        _ => null,
                    };
                    if (control is { } c)
                    {
                        if (found is { } other && other != c)
                        {
                            return null;
                        }

                        found = c;
                    }
                }
            }
        }

        return found;
    }
}
