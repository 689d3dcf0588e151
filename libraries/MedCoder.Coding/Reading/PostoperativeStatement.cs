using System.Collections.Frozen;

namespace MedCoder.Coding.Reading;

/// <summary>
/// Whether an operative report's postoperative diagnosis replaces its preoperative one: it does when it states a diagnosis,
/// not when it refers back to it ("Postoperative diagnosis: Same", "Same as preoperative", "Same as above", "Same,
/// delivered"), which makes the preoperative diagnosis the one coded.
/// </summary>
public static class PostoperativeStatement
{
    private static readonly FrozenSet<string> ReferenceWords = WordForms.NormalizedSet(
        "same", "as", "above", "preoperative", "preop", "pre", "op", "operative", "procedure", "diagnosis", "diagnoses");

    public static bool ReplacesPreoperative(ReadNote note)
    {
        foreach (var sentence in note.Sentences)
        {
            // "Same, delivered", "Same, plus adhesions": what follows "same" adds to the preoperative diagnosis, which stands.
            if (sentence.Section != SectionKind.PostoperativeDiagnosis || (sentence.EndToken > sentence.FirstToken && note.Tokens[sentence.FirstToken].Word == "same"))
            {
                continue;
            }

            for (var t = sentence.FirstToken; t < sentence.EndToken; t++)
            {
                if (!ReferenceWords.Contains(note.Tokens[t].Word))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
