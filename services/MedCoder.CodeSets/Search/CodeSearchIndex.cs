using System.Collections.Frozen;

namespace MedCoder.CodeSets.Search;

/// <summary>A searchable entry: a code and the texts it answers to (description first, then inclusion terms).</summary>
public sealed record SearchEntry(string Code, string DisplayCode, string Description, bool Billable, IReadOnlyList<string> AlsoKnownAs);

public sealed record SearchHit(string Code, string Description, bool Billable, string MatchedText, double Score);

/// <summary>
/// Ranked typeahead over code descriptions and inclusion terms: every query word must start a word of
/// the entry (the last one may be a prefix being typed); concise, billable, description matches rank first.
/// </summary>
public sealed class CodeSearchIndex
{
    private readonly SearchEntry[] _entries;
    private readonly string[][] _descriptionTokens;
    private readonly string[][] _allTokens;
    private readonly string[] _vocabulary;
    private readonly FrozenDictionary<string, int[]> _postings;

    public CodeSearchIndex(IEnumerable<SearchEntry> entries)
    {
        _entries = entries.ToArray();
        _descriptionTokens = _entries.Select(e => SearchText.Tokens(e.Description).Distinct(StringComparer.Ordinal).ToArray()).ToArray();
        _allTokens = _entries.Select((e, i) => _descriptionTokens[i].Concat(e.AlsoKnownAs.SelectMany(SearchText.Tokens)).Distinct(StringComparer.Ordinal).ToArray()).ToArray();
        var postings = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < _entries.Length; i++)
        {
            foreach (var token in _allTokens[i])
            {
                if (!postings.TryGetValue(token, out var list))
                {
                    postings[token] = list = [];
                }

                list.Add(i);
            }
        }

        _postings = postings.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
        _vocabulary = [.. postings.Keys.Order(StringComparer.Ordinal)];
    }

    public int Count => _entries.Length;

    public IReadOnlyList<SearchHit> Search(string query, int limit = 20)
    {
        var tokens = SearchText.QueryTokens(query).Distinct(StringComparer.Ordinal).ToList();
        if (tokens.Count == 0)
        {
            return [];
        }

        HashSet<int>? candidates = null;
        foreach (var token in tokens)
        {
            var matching = new HashSet<int>(WordsStartingWith(token).SelectMany(word => _postings[word]));
            if (candidates is null)
            {
                candidates = matching;
            }
            else
            {
                candidates.IntersectWith(matching);
            }

            if (candidates.Count == 0)
            {
                return [];
            }
        }

        return candidates!
            .Select(i => (Index: i, Score: Score(i, tokens)))
            .OrderByDescending(c => c.Score)
            .ThenBy(c => _entries[c.Index].Code, StringComparer.Ordinal)
            .Take(Math.Clamp(limit, 1, 200))
            .Select(c => Hit(c.Index, tokens, c.Score))
            .ToList();
    }

    private IEnumerable<string> WordsStartingWith(string prefix)
    {
        var start = Array.BinarySearch(_vocabulary, prefix, StringComparer.Ordinal);
        if (start < 0)
        {
            start = ~start;
        }

        for (var i = start; i < _vocabulary.Length && _vocabulary[i].StartsWith(prefix, StringComparison.Ordinal); i++)
        {
            yield return _vocabulary[i];
        }
    }

    /// <summary>Whole words beat prefixes, description beats inclusion terms, fewer unmatched words beat more, billable beats headers.</summary>
    private double Score(int index, IReadOnlyList<string> tokens)
    {
        var description = _descriptionTokens[index];
        var score = 0.0;
        foreach (var token in tokens)
        {
            var inDescription = description.Contains(token, StringComparer.Ordinal) ? 1.0 : description.Any(t => t.StartsWith(token, StringComparison.Ordinal)) ? 0.8 : 0.0;
            score += inDescription > 0 ? inDescription : _allTokens[index].Contains(token, StringComparer.Ordinal) ? 0.75 : 0.6;
        }

        var unmatched = Math.Max(0, description.Length - tokens.Count);
        return (score / tokens.Count) - (0.04 * unmatched) + (_entries[index].Billable ? 0.15 : 0);
    }

    private SearchHit Hit(int index, IReadOnlyList<string> tokens, double score)
    {
        var entry = _entries[index];
        var matched = tokens.All(t => _descriptionTokens[index].Any(d => d.StartsWith(t, StringComparison.Ordinal)))
            ? entry.Description
            : entry.AlsoKnownAs.FirstOrDefault(a => tokens.All(t => SearchText.Tokens(a).Any(w => w.StartsWith(t, StringComparison.Ordinal)))) ?? entry.Description;
        return new SearchHit(entry.DisplayCode, entry.Description, entry.Billable, matched, Math.Round(score, 3));
    }
}
