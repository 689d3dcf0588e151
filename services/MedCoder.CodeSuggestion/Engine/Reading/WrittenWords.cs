using System.Collections.Concurrent;
using MedCoder.CodeSets.Search;

namespace MedCoder.CodeSuggestion.Engine.Reading;

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

    private static readonly ConcurrentDictionary<string, WrittenWord> Read = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, WrittenWord>.AlternateLookup<ReadOnlySpan<char>> ReadBySpan = Read.GetAlternateLookup<ReadOnlySpan<char>>();

    // One shared word per normalised form ("Fractures", "fracture" and "FRACTURE" read as the same word).
    private static readonly ConcurrentDictionary<string, NormalWord> Normalised = new(StringComparer.Ordinal);
    private static int s_count;

    public static WrittenWord Of(ReadOnlySpan<char> written)
    {
        if (ReadBySpan.TryGetValue(written, out var known))
        {
            return known;
        }

        var word = new WrittenWord(Share(WordForms.Normalize(written)), Expansion(written));
        if (Interlocked.Increment(ref s_count) <= MaxEntries)
        {
            ReadBySpan.TryAdd(written, word);
        }

        return word;
    }

    private static NormalWord Share(string word) =>
        Volatile.Read(ref s_count) < MaxEntries ? Normalised.GetOrAdd(word, static w => new NormalWord(w)) : new NormalWord(word);

    /// <summary>The words of a written abbreviation ("CHF" → congestive heart failure), or null.</summary>
    private static NormalWord[]? Expansion(ReadOnlySpan<char> written)
    {
        if (!ShouldExpand(written) || ClinicalAbbreviations.Expand(written.ToString().ToLowerInvariant()) is not { } expansion)
        {
            return null;
        }

        return [.. WordForms.Words(expansion).Select(Share)];
    }

    /// <summary>Only written abbreviations are expanded: "CHF", "Afib", "DM2", "s/p" — not the English words "pe" or "mi".</summary>
    private static bool ShouldExpand(ReadOnlySpan<char> span)
    {
        if (span.Length < 2 || span.Length > 6)
        {
            return false;
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

/// <summary>A written word's normalised form, and the words it expands to when it is a known abbreviation.</summary>
internal sealed record WrittenWord(NormalWord Normalized, NormalWord[]? Expansion);
