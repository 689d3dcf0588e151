namespace MedCoder.Coding.Services;

/// <summary>
/// The first three letters (lower case) of every word of a note, as a set: a cue list whose phrases all start with
/// three literal letters cannot match a note that has none of their starts, so its regex pass is skipped. Built once
/// per note and thread (every cue list of the E/M reading asks about the same note in turn), without allocating a
/// string per word. A note with a non-ASCII letter at a word start gets no set: the regex's case-insensitive
/// matching has equivalences (the Kelvin sign is a k) that lower-casing here would not mirror.
/// </summary>
public sealed class WordStarts
{
    public const int Length = 3;

    [ThreadStatic]
    private static WordStarts? _last;

    private readonly string _text;
    private readonly HashSet<int>? _starts;

    private WordStarts(string text)
    {
        _text = text;
        var starts = new HashSet<int>();
        for (var i = 0; i + Length <= text.Length; i++)
        {
            if (!IsWordChar(text[i]) || (i > 0 && IsWordChar(text[i - 1])))
            {
                continue;
            }

            if (Key(text.AsSpan(i, Length)) is not { } key)
            {
                if (text[i] > 127 || text[i + 1] > 127 || text[i + 2] > 127)
                {
                    return; // no set: every cue list runs its regex
                }

                continue; // a word shorter than three letters cannot start a three-letter anchor
            }

            starts.Add(key);
        }

        _starts = starts;
    }

    public static WordStarts Of(string text)
    {
        if (_last is not { } last || !ReferenceEquals(last._text, text))
        {
            _last = last = new WordStarts(text);
        }

        return last;
    }

    /// <summary>False only when no word of the note starts with any of the keys (so a regex starting with them cannot match).</summary>
    public bool MayContain(int[] keys)
    {
        if (_starts is null)
        {
            return true;
        }

        foreach (var key in keys)
        {
            if (_starts.Contains(key))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Three ASCII letters or digits, lower-cased and packed; null otherwise.</summary>
    public static int? Key(ReadOnlySpan<char> start)
    {
        var key = 0;
        for (var i = 0; i < Length; i++)
        {
            var c = start[i];
            if (c > 127 || !char.IsAsciiLetterOrDigit(c))
            {
                return null;
            }

            key = (key << 8) | char.ToLowerInvariant(c);
        }

        return key;
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c == '_';
}
