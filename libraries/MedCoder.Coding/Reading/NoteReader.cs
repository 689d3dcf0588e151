using System.Buffers;

namespace MedCoder.Coding.Reading;

/// <summary>
/// Reads a dictated note: section headers ("ASSESSMENT:", "History of Present Illness:", "SUBJECTIVE:,"),
/// sentences (". " not after an abbreviation or inside a number, ";", "?", "!", line ends, list items) and
/// normalised tokens with offsets into the original text. Abbreviations written in capitals or with a
/// digit or slash ("CHF", "DM2", "s/p") are expanded to their words, each keeping the abbreviation's offsets.
/// </summary>
public static class NoteReader
{
    private const int MaxHeaderLength = 60;

    private static readonly HashSet<string> NonTerminalAbbreviations = new(StringComparer.Ordinal)
    {
        "dr", "mr", "mrs", "ms", "vs", "etc", "eg", "ie", "approx", "fig", "st", "no", "pt", "e", "i", "g", "al",
    };

    private static readonly SearchValues<char> SentenceEnds = SearchValues.Create(";?!.");

    private static readonly HashSet<string> SmallWords = new(StringComparer.Ordinal) { "and", "of", "the", "for", "to", "in", "on", "or", "&" };

    // Per-thread growth buffers: a note's tokens and sentences are collected here and copied out once, exactly sized.
    [ThreadStatic]
    private static List<NoteToken>? t_tokens;

    [ThreadStatic]
    private static List<NoteSentence>? t_sentences;

    [ThreadStatic]
    private static List<NormalWord>? t_words;

    public static ReadNote Read(string text)
    {
        var tokens = t_tokens ??= new List<NoteToken>(1024);
        var sentences = t_sentences ??= new List<NoteSentence>(128);
        var words = t_words ??= new List<NormalWord>(1024);
        tokens.Clear();
        sentences.Clear();
        words.Clear();
        var section = SectionKind.Other;
        var sectionOrder = 0;
        var lineStart = 0;
        while (lineStart < text.Length)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            if (lineEnd < 0)
            {
                lineEnd = text.Length;
            }

            var p = SkipSpaces(text, lineStart, lineEnd);
            if (HeaderEnd(text, p, lineEnd) is var colon and >= 0)
            {
                section = SectionKinds.Of(text[p..colon]);
                sectionOrder++;
                p = colon + 1;
                while (p < lineEnd && (text[p] == ',' || char.IsWhiteSpace(text[p])))
                {
                    p++;
                }
            }

            p = SkipListMarker(text, p, lineEnd);
            var sentenceStart = p;
            for (var i = p; i < lineEnd; i++)
            {
                // Jump to the next character that may end a sentence (a vectorised search; most characters are not).
                var next = text.AsSpan(i, lineEnd - i).IndexOfAny(SentenceEnds);
                if (next < 0)
                {
                    break;
                }

                i += next;
                var c = text[i];
                if (c is ';' or '?' or '!' || (c == '.' && EndsSentence(text, i, lineEnd)))
                {
                    AddSentence(text, sentenceStart, i, section, sectionOrder, tokens, words, sentences);
                    sentenceStart = SkipListMarker(text, SkipSpaces(text, i + 1, lineEnd), lineEnd);
                    i = sentenceStart - 1;
                }
            }

            AddSentence(text, sentenceStart, lineEnd, section, sectionOrder, tokens, words, sentences);
            lineStart = lineEnd + 1;
        }

        return new ReadNote(text, tokens.ToArray(), sentences.ToArray()) { TokenWords = words.ToArray() };
    }

    private static int SkipSpaces(string text, int p, int end)
    {
        while (p < end && char.IsWhiteSpace(text[p]))
        {
            p++;
        }

        return p;
    }

    /// <summary>"1. ", "2) ", "- ", "* ", "• " at the start of a line or sentence.</summary>
    private static int SkipListMarker(string text, int p, int end)
    {
        var q = p;
        while (q < end && char.IsAsciiDigit(text[q]))
        {
            q++;
        }

        if (q > p && q - p <= 2 && q + 1 < end && text[q] is '.' or ')' && text[q + 1] == ' ')
        {
            return SkipSpaces(text, q + 1, end);
        }

        if (p + 1 < end && text[p] is '-' or '*' or '•' && text[p + 1] == ' ')
        {
            return SkipSpaces(text, p + 1, end);
        }

        return p;
    }

    /// <summary>The offset of the colon when the line starts with a header (ALL CAPS or Title Case words then ':'), else -1.</summary>
    private static int HeaderEnd(string text, int p, int lineEnd)
    {
        var limit = Math.Min(lineEnd, p + MaxHeaderLength);
        var colon = -1;
        for (var i = p; i < limit; i++)
        {
            if (text[i] == ':')
            {
                colon = i;
                break;
            }

            if (!(char.IsLetter(text[i]) || text[i] is ' ' or '&' or '/' or '(' or ')' or '-' or '\''))
            {
                return -1;
            }
        }

        if (colon - p < 2 || !char.IsUpper(text[p]))
        {
            return -1;
        }

        var allCaps = true;
        var titleCase = true;
        var wordStart = p;
        for (var i = p; i <= colon; i++)
        {
            if (i < colon && char.IsLower(text[i]))
            {
                allCaps = false;
            }

            if (i == colon || text[i] == ' ')
            {
                if (i > wordStart)
                {
                    if (!char.IsUpper(text[wordStart]) && !SmallWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text.AsSpan(wordStart, i - wordStart)))
                    {
                        titleCase = false;
                    }
                }

                wordStart = i + 1;
            }
        }

        return allCaps || titleCase ? colon : -1;
    }

    /// <summary>A period ends a sentence when followed by a space or the line end, and not after "Dr", "e.g", a single letter or inside "3.5".</summary>
    private static bool EndsSentence(string text, int i, int lineEnd)
    {
        if (i + 1 < lineEnd && !char.IsWhiteSpace(text[i + 1]))
        {
            return false;
        }

        var wordStart = i;
        while (wordStart > 0 && char.IsLetter(text[wordStart - 1]))
        {
            wordStart--;
        }

        if (wordStart == i)
        {
            return true;
        }

        var word = text.AsSpan(wordStart, i - wordStart);
        if (word.Length == 1 && char.IsUpper(word[0]) && i + 2 < lineEnd && char.IsUpper(text[i + 2]))
        {
            return false; // an initial: "J. Smith"
        }

        Span<char> lower = stackalloc char[Math.Min(word.Length, 16)];
        if (word.Length > 16)
        {
            return true;
        }

        word.ToLowerInvariant(lower);
        return !NonTerminalAbbreviations.GetAlternateLookup<ReadOnlySpan<char>>().Contains(lower);
    }

    private static void AddSentence(string text, int start, int end, SectionKind section, int sectionOrder, List<NoteToken> tokens, List<NormalWord> words, List<NoteSentence> sentences)
    {
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end <= start)
        {
            return;
        }

        var index = sentences.Count;
        var first = tokens.Count;
        Tokenize(text, start, end, index, tokens, words);
        if (tokens.Count > first)
        {
            sentences.Add(new NoteSentence(start, end, first, tokens.Count, section, sectionOrder));
        }
    }

    private static void Tokenize(string text, int start, int end, int sentence, List<NoteToken> tokens, List<NormalWord> words)
    {
        var i = start;
        while (i < end)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }

            var wordStart = i;
            while (i < end && char.IsLetterOrDigit(text[i]))
            {
                i++;
            }

            // "s/p", "h/o", "r/o", "c/o", "n/v": one letter, a slash, one letter.
            if (i - wordStart == 1 && i + 1 < end && text[i] == '/' && char.IsLetter(text[i + 1]) && (i + 2 >= end || !char.IsLetterOrDigit(text[i + 2])))
            {
                i += 2;
            }

            AddWord(text, wordStart, i, sentence, tokens, words);
        }
    }

    private static void AddWord(string text, int start, int end, int sentence, List<NoteToken> tokens, List<NormalWord> words)
    {
        var written = WrittenWords.Of(text.AsSpan(start, end - start));
        if (written.Expansion is { } expansion)
        {
            foreach (var part in expansion)
            {
                tokens.Add(new NoteToken(part.Text, start, end, sentence));
                words.Add(part);
            }

            return;
        }

        tokens.Add(new NoteToken(written.Text, start, end, sentence));
        words.Add(written.Normalized);
    }
}
