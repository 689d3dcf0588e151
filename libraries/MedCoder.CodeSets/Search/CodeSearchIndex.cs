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
    // Words that say "no more detail": a code whose extra words are only these is not less of a match.
    private static readonly FrozenSet<string> Neutral = new[] { "unspecified", "specified", "not", "site", "organism", "initial", "encounter", "nos" }.ToFrozenSet(StringComparer.Ordinal);

    // Later-encounter codes rank below the initial encounter unless the query asks for them.
    private static readonly FrozenSet<string> LaterEncounter = new[] { "sequela", "subsequent" }.ToFrozenSet(StringComparer.Ordinal);

    private readonly SearchEntry[] _entries;
    private readonly string[][] _descriptionTokens;
    private readonly string[][][] _texts;
    private readonly string[][] _allTokens;
    private readonly string[] _vocabulary;
    private readonly FrozenDictionary<string, int[]> _postings;

    public CodeSearchIndex(IEnumerable<SearchEntry> entries)
    {
        _entries = entries.ToArray();
        _descriptionTokens = _entries.Select(e => SearchText.Tokens(e.Description).Distinct(StringComparer.Ordinal).ToArray()).ToArray();
        _texts = _entries.Select((e, i) => new[] { _descriptionTokens[i] }.Concat(e.AlsoKnownAs.Select(a => SearchText.Tokens(a).Distinct(StringComparer.Ordinal).ToArray())).ToArray()).ToArray();
        _allTokens = _texts.Select(texts => texts.SelectMany(t => t).Distinct(StringComparer.Ordinal).ToArray()).ToArray();
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

    /// <summary>
    /// The best of the entry's texts (description, then inclusion terms) that holds every query word: whole
    /// words beat prefixes, fewer words left unmatched beat more, the description beats an inclusion term,
    /// billable codes beat headers and initial encounters beat sequelae.
    /// </summary>
    private double Score(int index, IReadOnlyList<string> tokens)
    {
        var best = double.MinValue;
        var texts = _texts[index];
        for (var t = 0; t < texts.Length; t++)
        {
            var words = texts[t];
            var total = 0.0;
            var complete = true;
            foreach (var token in tokens)
            {
                var exactness = words.Contains(token, StringComparer.Ordinal) ? 1.0 : words.Any(w => w.StartsWith(token, StringComparison.Ordinal)) ? 0.8 : 0.0;
                complete &= exactness > 0;
                total += exactness;
            }

            if (!complete)
            {
                continue;
            }

            var unmatched = words.Count(w => !Neutral.Contains(w) && !tokens.Any(q => w.StartsWith(q, StringComparison.Ordinal)));
            best = Math.Max(best, (total / tokens.Count) - (0.05 * unmatched) - (t == 0 ? 0 : 0.02));
        }

        if (best == double.MinValue)
        {
            best = 0.5; // words spread over several texts: a weak match
        }

        var later = _descriptionTokens[index].Any(LaterEncounter.Contains) && !tokens.Any(LaterEncounter.Contains) ? 0.1 : 0;
        return best + (_entries[index].Billable ? 0.15 : 0) - later;
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
