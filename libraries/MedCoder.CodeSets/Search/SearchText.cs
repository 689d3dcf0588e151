using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace MedCoder.CodeSets.Search;

/// <summary>Tokenising shared by the index and the queries: lower-case words, small words dropped.</summary>
public static partial class SearchText
{
    private static readonly FrozenSet<string> StopWords = new[]
    {
        "a", "an", "and", "as", "at", "by", "for", "in", "of", "on", "or", "the", "to", "with", "without", "w", "nos",
    }.ToFrozenSet(StringComparer.Ordinal);

    public static IEnumerable<string> Tokens(string text)
    {
        foreach (Match word in Word().Matches(text))
        {
            var token = word.Value.ToLowerInvariant();
            if (!StopWords.Contains(token))
            {
                yield return token;
            }
        }
    }

    /// <summary>Query tokens with abbreviations expanded ("type 2 dm with ckd" → type 2 diabetes mellitus chronic kidney disease).</summary>
    public static IEnumerable<string> QueryTokens(string query) =>
        Tokens(query).SelectMany(token => ClinicalAbbreviations.Expand(token) is { } expansion ? Tokens(expansion) : [token]);

    [GeneratedRegex(@"[A-Za-z0-9]+", RegexOptions.CultureInvariant)]
    private static partial Regex Word();
}
