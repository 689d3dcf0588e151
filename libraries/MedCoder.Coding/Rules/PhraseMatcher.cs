using System.Collections.Frozen;
using MedCoder.Coding.Reading;

namespace MedCoder.Coding.Rules;

/// <summary>
/// Fixed phrases ("total knee arthroplasty", "warfarin", "preoperative evaluation") found in a note's tokens: compiled
/// once into a table by first word, longest phrase first, so a scan is one lookup per token. Phrases are read the way
/// the note reader reads words (lower case, light plural stem; "pre-op" is two words).
/// </summary>
public sealed class PhraseMatcher<T>
{
    private readonly FrozenDictionary<string, Phrase[]> _byFirstWord;

    public PhraseMatcher(IEnumerable<(string Phrase, T Value)> phrases) =>
        _byFirstWord = phrases
            .Select(p => new Phrase([.. WordForms.Words(p.Phrase)], p.Value))
            .Where(p => p.Words.Length > 0)
            .GroupBy(p => p.Words[0], StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(p => p.Words.Length).ToArray(), StringComparer.Ordinal);

    /// <summary>The longest phrase starting at token <paramref name="at"/> and ending before <paramref name="end"/>.</summary>
    public bool TryMatch(NoteToken[] tokens, int at, int end, out int length, out T value)
    {
        if (_byFirstWord.TryGetValue(tokens[at].Word, out var candidates))
        {
            foreach (var candidate in candidates)
            {
                if (at + candidate.Words.Length <= end && Matches(tokens, at, candidate.Words))
                {
                    length = candidate.Words.Length;
                    value = candidate.Value;
                    return true;
                }
            }
        }

        length = 0;
        value = default!;
        return false;
    }

    private static bool Matches(NoteToken[] tokens, int at, string[] words)
    {
        for (var k = 1; k < words.Length; k++)
        {
            if (tokens[at + k].Word != words[k])
            {
                return false;
            }
        }

        return true;
    }

    private sealed record Phrase(string[] Words, T Value);
}
