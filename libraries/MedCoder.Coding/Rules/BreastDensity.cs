using System.Collections.Frozen;
using MedCoder.Coding.Reading;
using MedCoder.Contracts.Coding;

namespace MedCoder.Coding.Rules;

/// <summary>
/// Dense breasts on a mammogram (R92.30) coded by the composition the report states (R92.31–R92.34: fatty, scattered
/// fibroglandular, heterogeneously dense, extremely dense, the BI-RADS categories) and the breasts it describes ("the
/// breasts are heterogeneously dense" is both: R92.333). Claim purpose only.
/// </summary>
public static class BreastDensity
{
    private const string Unspecified = "R9230";

    private static readonly (FrozenSet<string> Words, string Category)[] Compositions =
    [
        (WordForms.NormalizedSet("heterogeneously", "heterogeneous"), "R9233"),
        (WordForms.NormalizedSet("extremely", "extreme"), "R9234"),
        (WordForms.NormalizedSet("scattered", "fibroglandular"), "R9232"),
        (WordForms.NormalizedSet("fatty"), "R9231"),
    ];

    private static readonly FrozenSet<string> Right = WordForms.NormalizedSet("right");
    private static readonly FrozenSet<string> Left = WordForms.NormalizedSet("left");

    public static void Apply(IReadOnlyList<ReadNote> notes, List<Candidate> candidates, Func<string, bool> billable) =>
        Candidate.RecodeEach(candidates, c => c.System == CodeSystems.Icd10Cm && c.Code == Unspecified
            && c.Evidence.Select(e => EvidenceSentences.Of(notes, e) is var (note, sentence) ? Composition(note, sentence) : null).FirstOrDefault(d => d is not null) is { } code
            && billable(code) ? code : null);

    private static string? Composition(ReadNote note, NoteSentence sentence)
    {
        foreach (var (words, category) in Compositions)
        {
            if (EvidenceSentences.Says(note, sentence, words))
            {
                // One breast only when the sentence names its side; a screening report's "the breasts" are both.
                var right = EvidenceSentences.Says(note, sentence, Right);
                var left = EvidenceSentences.Says(note, sentence, Left);
                return category + (right && !left ? "1" : left && !right ? "2" : "3");
            }
        }

        return null;
    }
}
