using MedCoder.Coding.Reading;
using MedCoder.Contracts.Coding;
using MedCoder.Contracts.Encounters;

namespace MedCoder.Coding.Rules;

/// <summary>
/// Where the code book splits a site by sex (C50: "... of right female breast" / "... of right male breast") a note names
/// the site only ("carcinoma of the right breast"); the dictionary reads it as the female's, and the patient's recorded
/// sex picks the code (a male patient's is C50.921, which the sex edit would otherwise reject).
/// </summary>
public static class SexSpecificCodes
{
    public static void Apply(IReadOnlyList<ReadNote> notes, List<Candidate> candidates, AdministrativeSex sex, CodeHierarchy hierarchy)
    {
        if (sex == AdministrativeSex.Unknown)
        {
            return;
        }

        Candidate.RecodeEach(candidates, c => c.System == CodeSystems.Icd10Cm && hierarchy.OtherSex(c.Code) is { } other
            && hierarchy.IsFemaleOfPair(c.Code) != (sex == AdministrativeSex.Female) && !SaysSex(notes, c) ? other : null);
    }

    /// <summary>The mention says whose breast itself ("male breast cancer"): the note's word over the record's sex.</summary>
    private static bool SaysSex(IReadOnlyList<ReadNote> notes, Candidate c) =>
        c.Evidence.Exists(span => span.NoteIndex < notes.Count && notes[span.NoteIndex].Text.AsSpan(span.Start, span.End - span.Start) is var text
            && (ContainsWord(text, "female") || ContainsWord(text, "male")));

    private static bool ContainsWord(ReadOnlySpan<char> text, string word)
    {
        for (var at = text.IndexOf(word, StringComparison.OrdinalIgnoreCase); at >= 0; at = text[(at + 1)..].IndexOf(word, StringComparison.OrdinalIgnoreCase) is var next and >= 0 ? at + 1 + next : -1)
        {
            var end = at + word.Length;
            if ((at == 0 || !char.IsLetter(text[at - 1])) && (end == text.Length || !char.IsLetter(text[end])))
            {
                return true;
            }
        }

        return false;
    }
}
