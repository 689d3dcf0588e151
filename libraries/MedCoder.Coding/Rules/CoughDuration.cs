using System.Collections.Frozen;
using MedCoder.Coding.Reading;
using MedCoder.Contracts.Coding;

namespace MedCoder.Coding.Rules;

/// <summary>
/// A cough the note gives a duration is acute, subacute or chronic by it (R05.1 under three weeks, R05.2 three to eight,
/// R05.3 beyond eight: the code book's inclusion terms), which coders read from "cough x 5 days" though the word
/// "acute" is never written. Only the unspecified cough (R05.9) is recoded. Claim purpose only.
/// </summary>
public static class CoughDuration
{
    private const string Unspecified = "R059";
    private static readonly FrozenSet<string> Cough = WordForms.NormalizedSet("cough", "coughing");
    private static readonly FrozenDictionary<string, int> DaysPerUnit = new Dictionary<string, int>
    {
        [WordForms.Normalize("day")] = 1, [WordForms.Normalize("days")] = 1, [WordForms.Normalize("week")] = 7, [WordForms.Normalize("weeks")] = 7,
        [WordForms.Normalize("month")] = 30, [WordForms.Normalize("months")] = 30,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static void Apply(IReadOnlyList<ReadNote> notes, List<Candidate> candidates, Func<string, bool> billable)
    {
        Candidate.RecodeEach(candidates, c => c.System == CodeSystems.Icd10Cm && c.Code == Unspecified
            && c.Evidence.Select(e => EvidenceSentences.Of(notes, e) is var (note, sentence) ? Days(note, sentence) : null).FirstOrDefault(d => d is not null) is { } days
            && (days < 21 ? "R051" : days <= 56 ? "R052" : "R053") is var code && billable(code) ? code : null);
    }

    /// <summary>The days a cough sentence gives ("cough and fever x 5 days", "3 weeks of cough"); null when it gives none.</summary>
    private static int? Days(ReadNote note, NoteSentence sentence)
    {
        if (!EvidenceSentences.Says(note, sentence, Cough))
        {
            return null;
        }

        for (var t = sentence.FirstToken + 1; t < sentence.EndToken; t++)
        {
            if (DaysPerUnit.TryGetValue(note.Tokens[t].Word, out var unit) && int.TryParse(note.Tokens[t - 1].Word, out var count) && count is > 0 and < 100)
            {
                return count * unit;
            }
        }

        return null;
    }
}
