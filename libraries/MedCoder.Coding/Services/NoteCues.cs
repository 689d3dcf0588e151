using System.Text.RegularExpressions;
using MedCoder.Contracts.Coding;

namespace MedCoder.Coding.Services;

/// <summary>
/// A readable list of documentation cues (phrases, written as small regular-expression fragments) and where a
/// note asserts them: a cue just after "no", "denies", "history of", "if", "return for" ... in the same clause is
/// not asserted ("no exacerbation", "prior hospitalization", "return for worsening SOB").
/// </summary>
public sealed partial class NoteCues
{
    private const int LookBehindChars = 40;

    private static readonly System.Buffers.SearchValues<char> ClauseEnds = System.Buffers.SearchValues.Create(".;\n,");

    private readonly Regex _pattern;

    /// <summary>The first three letters of every phrase, when every phrase starts with three literal letters; else null.</summary>
    private readonly int[]? _anchors;

    public NoteCues(params string[] phrases)
    {
        _pattern = new Regex(@"\b(?:" + string.Join("|", phrases) + @")\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);
        var anchors = phrases.Select(AnchorOf).ToArray();
        _anchors = Array.TrueForAll(anchors, a => a is not null) ? [.. anchors.Select(a => a!.Value).Distinct()] : null;
    }

    /// <summary>Asserted cue spans in documented order.</summary>
    public IReadOnlyList<EvidenceSpan> In(string text, int noteIndex)
    {
        // Cue lists run over every note; most notes hold none of a list's word starts (WordStarts).
        if (_anchors is not null && !WordStarts.Of(text).MayContain(_anchors))
        {
            return [];
        }

        var spans = new List<EvidenceSpan>();
        foreach (Match match in _pattern.Matches(text))
        {
            if (IsAsserted(text, match.Index))
            {
                spans.Add(new EvidenceSpan(noteIndex, match.Index, match.Index + match.Length));
            }
        }

        return spans;
    }

    /// <summary>
    /// The packed first three letters of a phrase when they are literal: three letters or digits followed by a fourth
    /// literal character, a space, or the end (not "?", "*", "{" or "|" which could make the third optional or
    /// repeated, nor a group or class that could sit in place of one of them).
    /// </summary>
    private static int? AnchorOf(string phrase)
    {
        if (phrase.Length < WordStarts.Length || (phrase.Length > WordStarts.Length && phrase[WordStarts.Length] is '?' or '*' or '{' or '+'))
        {
            return null;
        }

        return WordStarts.Key(phrase.AsSpan(0, WordStarts.Length));
    }

    /// <summary>False when a negation, history or hypothetical word governs the text at <paramref name="at"/> (within two words, same clause).</summary>
    public static bool IsAsserted(string text, int at)
    {
        var from = Math.Max(0, at - LookBehindChars);
        var before = text.AsSpan(from, at - from);
        var clause = before.LastIndexOfAny(ClauseEnds);
        return !NotAsserted().IsMatch(clause < 0 ? before : before[(clause + 1)..]);
    }

    [GeneratedRegex(@"\b(?:no|not|without|denies|denied|negative for|never|history of|prior|previous|if|unless|should|return for|watch for|precautions for)\s+(?:[\w/-]+\s+){0,2}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NotAsserted();
}
