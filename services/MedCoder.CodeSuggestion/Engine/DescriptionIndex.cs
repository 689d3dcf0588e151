using System.Collections.Frozen;
using MedCoder.CodeSets.Icd10Cm;

namespace MedCoder.CodeSuggestion.Engine;

/// <summary>
/// Inverted index from description words to billable codes. A code matches a sentence when every
/// content word of its long description occurs in the sentence, in any order.
/// </summary>
public sealed class DescriptionIndex
{
    private static readonly FrozenSet<string> StopWords = new[]
    {
        "a", "an", "and", "as", "at", "by", "for", "in", "of", "on", "or", "the", "to", "with", "without",
        "unspecified", "other", "due", "not", "elsewhere", "classified", "nos",
    }.ToFrozenSet(StringComparer.Ordinal);

    private readonly Icd10CmCode[] _codes;
    private readonly string[][] _words;
    private readonly FrozenDictionary<string, int[]> _codesByWord;

    public DescriptionIndex(Icd10CmRelease release)
    {
        Release = release;
        // External-cause codes (chapter 20, V00–Y99) describe how an injury happened; matching their
        // one-word descriptions ("Activity, unspecified") against free text only adds noise.
        _codes = release.Codes.Where(c => c.Billable && c.Code[0] is < 'V' or > 'Y').ToArray();
        _words = _codes.Select(c => ContentWords(c.LongDescription).Distinct(StringComparer.Ordinal).ToArray()).ToArray();
        var postings = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < _codes.Length; i++)
        {
            foreach (var word in _words[i])
            {
                if (!postings.TryGetValue(word, out var list))
                {
                    postings[word] = list = [];
                }

                list.Add(i);
            }
        }

        _codesByWord = postings.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
    }

    public Icd10CmRelease Release { get; }

    /// <summary>
    /// "Other X" is for a documented type that has no code of its own; when the note names no type,
    /// "X, unspecified" is the right code, so "Other" loses a tie.
    /// </summary>
    private static bool IsOtherSpecified(Icd10CmCode code) => code.LongDescription.StartsWith("Other ", StringComparison.Ordinal);

    public static IEnumerable<string> ContentWords(string text) => NoteText.Words(text).Where(w => !StopWords.Contains(w));

    /// <summary>Codes whose whole description is present, most words first; a code whose words are a subset of a better match is dropped.</summary>
    public IReadOnlyList<(Icd10CmCode Code, int Words)> Match(IReadOnlyCollection<string> sentenceWords)
    {
        var distinct = sentenceWords.ToHashSet(StringComparer.Ordinal);
        var hits = new Dictionary<int, int>();
        foreach (var word in distinct)
        {
            if (_codesByWord.TryGetValue(word, out var codes))
            {
                foreach (var code in codes)
                {
                    hits[code] = hits.GetValueOrDefault(code) + 1;
                }
            }
        }

        var complete = hits.Where(h => h.Value == _words[h.Key].Length && h.Value > 0)
            .OrderByDescending(h => h.Value)
            .ThenBy(h => IsOtherSpecified(_codes[h.Key]))
            .ThenBy(h => _codes[h.Key].LongDescription.Length)
            .ThenBy(h => _codes[h.Key].Code, StringComparer.Ordinal)
            .Select(h => h.Key)
            .ToList();
        var chosen = new List<int>();
        foreach (var candidate in complete)
        {
            if (!chosen.Any(c => _words[candidate].All(w => _words[c].Contains(w, StringComparer.Ordinal))))
            {
                chosen.Add(candidate);
            }
        }

        return chosen.Select(c => (_codes[c], _words[c].Length)).ToList();
    }
}
