using MedCoder.Coding.Reading;
using MedCoder.Contracts.Coding;

namespace MedCoder.Coding.Routing;

/// <summary>
/// The lines of the provider's final diagnostic statement (assessment, impression, discharge or postoperative
/// diagnoses): each line ("1. Sepsis due to pneumonia") is a diagnosis the provider wants on the claim. A line no
/// suggested code covers means the engine did not understand all of it, so the encounter is not released without a coder.
/// </summary>
public static class FinalStatements
{
    /// <summary>How many lines of the notes' final diagnostic statements no ICD-10-CM code's evidence falls in.</summary>
    public static int Uncovered(IReadOnlyList<ReadNote> notes, IReadOnlyList<SuggestedCode> codes)
    {
        var uncovered = 0;
        for (var n = 0; n < notes.Count; n++)
        {
            var note = notes[n];
            foreach (var sentence in note.Sentences)
            {
                if (SectionKinds.IsFinalStatement(sentence.Section) && StartsLine(note.Text, sentence.Start) && sentence.EndToken - sentence.FirstToken >= 1
                    && !Covered(codes, n, LineEnd(note.Text, sentence.Start), sentence.Start))
                {
                    uncovered++;
                }
            }
        }

        return uncovered;
    }

    private static bool Covered(IReadOnlyList<SuggestedCode> codes, int note, int lineEnd, int lineStart)
    {
        foreach (var code in codes)
        {
            if (code.System != CodeSystems.Icd10Cm)
            {
                continue;
            }

            foreach (var e in code.Evidence)
            {
                if (e.NoteIndex == note && e.Start < lineEnd && e.End > lineStart)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The sentence opens its line (after a list number or bullet), or follows the section's header on it.</summary>
    private static bool StartsLine(string text, int start)
    {
        var i = start - 1;
        while (i >= 0 && text[i] is ' ' or '\t' or '-' or '*' or '•' or '.' or ')' || (i >= 0 && char.IsDigit(text[i])))
        {
            i--;
        }

        return i < 0 || text[i] is '\n' or '\r' or ':';
    }

    private static int LineEnd(string text, int start) => text.IndexOf('\n', start) is var end and >= 0 ? end : text.Length;
}
