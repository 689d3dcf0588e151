using System.Collections.Frozen;
using MedCoder.Coding.Reading;

namespace MedCoder.Coding.Matching;

/// <summary>
/// The adjective of an organ a note uses where the code book names the organ: "mandibular fracture" for "Fracture of
/// mandible", "cerebellar hemorrhage" for "... hemorrhage in cerebellum". Found in the code book itself: a word the
/// titles put after "of" or "in" (a site) whose Latin adjective ending ("-um" → "-al"/"-ar", "-le" → "-ular",
/// "-ynx" → "-yngeal" ...) is also a title word. Only endings that make adjectives of anatomy: a bare "+al" would
/// pair "function" with "functional" and "organ" with "organic".
/// </summary>
public static class AnatomicalAdjectives
{
    private static readonly (string Noun, string Adjective)[] Endings =
    [
        ("um", "al"), ("um", "ar"), ("a", "al"), ("a", "ar"), ("a", "ic"), ("le", "ular"), ("is", "al"), ("is", "ic"),
        ("us", "al"), ("ynx", "yngeal"), ("ax", "acic"), ("ix", "ical"), ("ine", "inal"), ("y", "ial"),
    ];

    private static readonly FrozenSet<string> SiteMarkers = new[] { "of", "in" }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> SiteQualifiers = new[] { "the", "left", "right", "unspecified", "bilateral" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Site noun → its adjectives, both normalised like note words.</summary>
    public static IReadOnlyList<(string Noun, string Adjective)> Mine(IEnumerable<string> descriptions)
    {
        var vocabulary = new HashSet<string>(StringComparer.Ordinal);
        var sites = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var description in descriptions)
        {
            var words = WordForms.Words(description.ToLowerInvariant());
            vocabulary.UnionWith(words);
            for (var i = 0; i + 1 < words.Count; i++)
            {
                if (!SiteMarkers.Contains(words[i]))
                {
                    continue;
                }

                var at = i + 1;
                while (at + 1 < words.Count && SiteQualifiers.Contains(words[at]))
                {
                    at++;
                }

                sites[words[at]] = sites.GetValueOrDefault(words[at]) + 1;
            }
        }

        var pairs = new List<(string, string)>();
        foreach (var (noun, count) in sites.OrderBy(s => s.Key, StringComparer.Ordinal))
        {
            if (noun.Length < 5 || count < 2)
            {
                continue;
            }

            foreach (var (ending, adjectiveEnding) in Endings)
            {
                if (noun.EndsWith(ending, StringComparison.Ordinal)
                    && string.Concat(noun.AsSpan(0, noun.Length - ending.Length), adjectiveEnding) is var adjective
                    && vocabulary.Contains(adjective))
                {
                    pairs.Add((noun, adjective));
                }
            }
        }

        return pairs;
    }
}
