using System.Collections.Concurrent;
using MedCoder.CodeSets.Search;

namespace MedCoder.Coding.Reading;

/// <summary>
/// What each distinct written word ("Fractures", "CHF", "12") reads as, computed once and shared by all notes and
/// threads: notes repeat a small vocabulary, so reading looks a word up instead of allocating its normalised
/// string (and, for abbreviations, its expansion) per token. Same results as normalising every time.
/// </summary>
internal static class WrittenWords
{
    // Bounded so that a stream of unseen words (ids, numbers) cannot grow it without end; past it words are
    // read afresh each time, as before.
    private const int MaxEntries = 250_000;

    private static readonly WrittenWordTable Table = new(MaxEntries);

    // One shared word per normalised form ("Fractures", "fracture" and "FRACTURE" read as the same word).
    private static readonly ConcurrentDictionary<string, NormalWord> Normalised = new(StringComparer.Ordinal);

    public static WrittenWord Of(ReadOnlySpan<char> written)
    {
        var hash = WrittenWordTable.HashOf(written);
        if (Table.Find(written, hash) is { } known)
        {
            return known;
        }

        var word = new WrittenWord(written.ToString(), hash, Share(WordForms.Normalize(written)), Expansion(written));
        Table.TryAdd(word);
        return word;
    }

    private static NormalWord Share(string word) =>
        Table.IsFull ? new NormalWord(word) : Normalised.GetOrAdd(word, static w => new NormalWord(w));

    /// <summary>The words of a written abbreviation ("CHF" → congestive heart failure), or null.</summary>
    private static NormalWord[]? Expansion(ReadOnlySpan<char> written)
    {
        if (!ShouldExpand(written) || ClinicalAbbreviations.Expand(written.ToString().ToLowerInvariant()) is not { } expansion)
        {
            return null;
        }

        return [.. WordForms.Words(expansion).Select(Share)];
    }

    // Abbreviations that are no English word, written in lower case as often as not ("L clavicle fx", "hx of").
    private static readonly HashSet<string> LowerCaseAbbreviations = new(StringComparer.Ordinal) { "fx", "fxs", "hx" };

    /// <summary>Only written abbreviations are expanded: "CHF", "Afib", "DM2", "s/p", "fx" — not the English words "pe" or "mi".</summary>
    private static bool ShouldExpand(ReadOnlySpan<char> span)
    {
        if (span.Length < 2 || span.Length > 6)
        {
            return false;
        }

        if (LowerCaseAbbreviations.Contains(span.ToString()))
        {
            return true;
        }

        foreach (var c in span)
        {
            if (char.IsUpper(c) || char.IsDigit(c) || c == '/')
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>A written word (and its hash), its normalised form, and the words it expands to when it is a known abbreviation.</summary>
internal sealed class WrittenWord(string written, int hash, NormalWord normalized, NormalWord[]? expansion)
{
    public string Written { get; } = written;

    public int Hash { get; } = hash;

    public NormalWord Normalized { get; } = normalized;

    /// <summary>The normalised text, kept here too so that reading a token touches one object.</summary>
    public string Text { get; } = normalized.Text;

    public NormalWord[]? Expansion { get; } = expansion;
}
