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

    private static readonly SearchValues<char> SentenceEnds = SearchValues.Create(";?!.)");

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
            if (LineHeader(text, p, lineEnd) is (var kind, var content))
            {
                section = kind;
                sectionOrder++;
                p = content;
            }

            // Headers run on inside the line ("... no complaints. PAST MEDICAL HISTORY: Hypertension. SOCIAL HISTORY: ...").
            while (InlineHeader(text, p, lineEnd) is (var start, var inlineKind, var inlineContent))
            {
                AddSentences(text, p, start, section, sectionOrder, tokens, words, sentences);
                section = inlineKind;
                sectionOrder++;
                p = inlineContent;
            }

            AddSentences(text, p, lineEnd, section, sectionOrder, tokens, words, sentences);
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

    /// <summary>"1. ", "2) ", "#3 ", "- ", "* ", "• " at the start of a line or sentence.</summary>
    private static int SkipListMarker(string text, int p, int end)
    {
        var numbered = p + 2 < end && text[p] == '#' && char.IsAsciiDigit(text[p + 1]);
        var q = numbered ? ++p : p;
        while (q < end && char.IsAsciiDigit(text[q]))
        {
            q++;
        }

        if (q > p && q - p <= 2 && q + 1 < end && text[q] is '.' or ')' or ':' && text[q + 1] == ' ')
        {
            return SkipSpaces(text, q + 1, end);
        }

        if (numbered && q - p <= 2 && q < end && text[q] == ' ')
        {
            return SkipSpaces(text, q, end);
        }

        if (p + 1 < end && text[p] is '-' or '*' or '•' && text[p + 1] == ' ')
        {
            return SkipSpaces(text, p + 1, end);
        }

        return p;
    }

    /// <summary>
    /// Where "2) " starts an item inside a line ("DIAGNOSES: 1) influenza A pneumonia 2) history of pulmonary embolism"): one
    /// or two digits after a space, not the close of a parenthesis ("(2)"); null when the ')' is no item marker.
    /// </summary>
    private static int? InlineItemMarker(string text, int sentenceStart, int close, int end)
    {
        var digits = close;
        while (digits > sentenceStart && char.IsAsciiDigit(text[digits - 1]))
        {
            digits--;
        }

        return close - digits is 1 or 2 && digits - 1 > sentenceStart && text[digits - 1] == ' ' && close + 1 < end && text[close + 1] == ' ' ? digits : null;
    }

    // A letter's diagnostic statement, written as prose rather than under a header.
    private static readonly string[] StatedImpressions = ["my impression is ", "my impression was ", "my assessment is ", "my diagnosis is ", "our impression is "];

    /// <summary>"My impression is heavy menstrual bleeding ...": a consultant's letter states its diagnosis in a sentence.</summary>
    private static SectionKind SectionOf(string text, int sentenceStart, SectionKind section)
    {
        foreach (var phrase in StatedImpressions)
        {
            if (text.AsSpan(sentenceStart).StartsWith(phrase, StringComparison.OrdinalIgnoreCase))
            {
                return SectionKind.Assessment;
            }
        }

        return section;
    }

    /// <summary>The sentences of [start, end): split at ". " (not after an abbreviation), ";", "?", "!", with list markers skipped.</summary>
    private static void AddSentences(string text, int start, int end, SectionKind section, int sectionOrder, List<NoteToken> tokens, List<NormalWord> words, List<NoteSentence> sentences)
    {
        var sentenceStart = SkipListMarker(text, SkipSpaces(text, start, end), end);
        for (var i = sentenceStart; i < end; i++)
        {
            // Jump to the next character that may end a sentence (a vectorised search; most characters are not).
            var next = text.AsSpan(i, end - i).IndexOfAny(SentenceEnds);
            if (next < 0)
            {
                break;
            }

            i += next;
            var c = text[i];
            if (c == '?' && text.AsSpan(sentenceStart, i - sentenceStart).IsWhiteSpace())
            {
                continue; // "? concussion", "?pneumonia": a doubt written before the word, which the context scanner reads
            }

            if (c is ';' or '?' or '!' || (c == '.' && EndsSentence(text, i, end)))
            {
                AddSentence(text, sentenceStart, i, SectionOf(text, sentenceStart, section), sectionOrder, tokens, words, sentences);
                sentenceStart = SkipListMarker(text, SkipSpaces(text, i + 1, end), end);
                i = sentenceStart - 1;
            }
            else if (c == ')' && InlineItemMarker(text, sentenceStart, i, end) is { } marker)
            {
                AddSentence(text, sentenceStart, marker, SectionOf(text, sentenceStart, section), sectionOrder, tokens, words, sentences);
                sentenceStart = SkipListMarker(text, marker, end);
                i = sentenceStart - 1;
            }
        }

        AddSentence(text, sentenceStart, end, SectionOf(text, sentenceStart, section), sectionOrder, tokens, words, sentences);
    }

    /// <summary>
    /// A header at the start of a line, its kind and where its text starts: "ASSESSMENT:", "History of Present Illness:",
    /// "SUBJECTIVE:," (dictation leaves punctuation after the colon), "A/P:", a header alone on its line without a colon
    /// ("HISTORY OF PRESENT ILLNESS"), or a capitalised header run into its text ("HPI The patient is ..."). A line that
    /// starts like a header but is not a known one ("Hypertension: well controlled", "HEENT: normal") is text: the
    /// problem it names is the statement, and an exam's body-system labels stay in the exam.
    /// </summary>
    private static (SectionKind Kind, int Content)? LineHeader(string text, int p, int lineEnd)
    {
        if (p >= lineEnd || !char.IsLetter(text[p]))
        {
            return null;
        }

        var limit = Math.Min(lineEnd, p + MaxHeaderLength);
        for (var i = p; i < limit; i++)
        {
            var c = text[i];
            if (c == ':')
            {
                return SectionHeaders.Of(text.AsSpan(p, i - p)) is { } kind ? (kind, SkipHeaderPunctuation(text, i + 1, lineEnd)) : null;
            }

            if (!IsHeaderCharacter(c))
            {
                break;
            }
        }

        if (!char.IsUpper(text[p]))
        {
            return null;
        }

        // The whole line is a header: "HISTORY OF PRESENT ILLNESS", "Assessment", "PHYSICAL EXAMINATION."
        var end = lineEnd;
        while (end > p && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] is '.' or '-'))
        {
            end--;
        }

        if (end - p is >= 2 and <= MaxHeaderLength && SectionHeaders.OfPhrase(text.AsSpan(p, end - p)) is { } whole)
        {
            return (whole, lineEnd);
        }

        return CapitalisedRunOn(text, p, lineEnd);
    }

    /// <summary>"HPI The patient ...", "ASSESSMENT - stable": the longest known header among the line's first capitalised words, when text follows it.</summary>
    private static (SectionKind Kind, int Content)? CapitalisedRunOn(string text, int p, int lineEnd)
    {
        (SectionKind Kind, int Content)? found = null;
        var i = p;
        for (var words = 0; words < SectionHeaders.MaxWords && i < lineEnd; words++)
        {
            var wordEnd = i;
            while (wordEnd < lineEnd && (char.IsUpper(text[wordEnd]) || text[wordEnd] is '/' or '&'))
            {
                wordEnd++;
            }

            if (wordEnd == i || (wordEnd < lineEnd && char.IsLetterOrDigit(text[wordEnd])))
            {
                break; // not a capitalised word ("Hypertension", "HbA1c")
            }

            if (wordEnd - p >= 2 && SectionHeaders.OfPhrase(text.AsSpan(p, wordEnd - p)) is { } kind)
            {
                found = (kind, SkipHeaderPunctuation(text, wordEnd, lineEnd));
            }

            i = SkipSpaces(text, wordEnd, lineEnd);
            if (i == wordEnd)
            {
                break;
            }
        }

        // Text must follow, and not in capitals: a line of capitals is a condition written in capitals ("ACUTE PANCREATITIS").
        return found is var (_, content) && content < lineEnd && HasLowerCaseWord(text, content, lineEnd) ? found : null;
    }

    private static bool HasLowerCaseWord(string text, int from, int to)
    {
        var end = Math.Min(to, from + 40);
        for (var i = from; i < end; i++)
        {
            if (char.IsLower(text[i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A known header inside a line, at a colon: in capitals after any word ("... stable PAST MEDICAL HISTORY: ..."), or in
    /// any case right after a sentence ends ("... stable. Plan: continue lisinopril."). Returns where the header starts,
    /// its kind and where its text starts.
    /// </summary>
    private static (int Start, SectionKind Kind, int Content)? InlineHeader(string text, int from, int lineEnd)
    {
        for (var colon = text.IndexOf(':', from, lineEnd - from); colon >= 0; colon = colon + 1 < lineEnd ? text.IndexOf(':', colon + 1, lineEnd - colon - 1) : -1)
        {
            // The run of header characters before the colon, then its words from the longest to the last one alone.
            var runStart = colon;
            while (runStart > from && colon - runStart < MaxHeaderLength && IsHeaderCharacter(text[runStart - 1]))
            {
                runStart--;
            }

            var afterSentence = runStart == from || text[runStart - 1] is '.' or ';' or '?' or '!' or ':';
            for (var start = SkipSpaces(text, runStart, colon); start < colon; start = NextWord(text, start, colon))
            {
                var header = text.AsSpan(start, colon - start);
                if (!char.IsLetter(text[start]) || (start > 0 && char.IsLetterOrDigit(text[start - 1])))
                {
                    continue;
                }

                var kind = IsCapitalised(header) ? SectionHeaders.Of(header)
                    : afterSentence && start == SkipSpaces(text, runStart, colon) && char.IsUpper(text[start]) ? SectionHeaders.OfPhrase(header)
                    : null;
                if (kind is { } known)
                {
                    return (start, known, SkipHeaderPunctuation(text, colon + 1, lineEnd));
                }
            }
        }

        return null;
    }

    private static int NextWord(string text, int p, int end)
    {
        while (p < end && text[p] != ' ')
        {
            p++;
        }

        return SkipSpaces(text, p, end);
    }

    private static bool IsCapitalised(ReadOnlySpan<char> header)
    {
        var letters = 0;
        foreach (var c in header)
        {
            if (char.IsLower(c))
            {
                return false;
            }

            letters += char.IsLetter(c) ? 1 : 0;
        }

        return letters >= 2;
    }

    private static bool IsHeaderCharacter(char c) => char.IsLetter(c) || c is ' ' or '&' or '/' or '(' or ')' or '-' or '\'';

    /// <summary>Past the colon, the spaces and the stray punctuation dictation leaves ("SUBJECTIVE:,", "PLAN:-").</summary>
    private static int SkipHeaderPunctuation(string text, int p, int end)
    {
        while (p < end && (text[p] is ',' or '.' or ';' or '-' || char.IsWhiteSpace(text[p])))
        {
            p++;
        }

        return p;
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

            // A decimal ("BMI 37.3", "A1c 7.1") is one number: its fraction is not a word that could complete "class 3" or "type 1".
            while (i + 1 < end && text[i] == '.' && char.IsAsciiDigit(text[i + 1]) && IsNumber(text, wordStart, i))
            {
                i++;
                while (i < end && char.IsAsciiDigit(text[i]))
                {
                    i++;
                }
            }

            // "s/p", "h/o", "r/o", "c/o", "n/v": one letter, a slash, one letter.
            if (i - wordStart == 1 && i + 1 < end && text[i] == '/' && char.IsLetter(text[i + 1]) && (i + 2 >= end || !char.IsLetterOrDigit(text[i + 2])))
            {
                i += 2;
            }

            AddWord(text, wordStart, i, sentence, tokens, words);
        }
    }

    /// <summary>
    /// "Cellulitis L lower leg", "laceration R index finger": a capital R or L alone before a word is the side, read as
    /// "right" or "left" so the Index's sided terms match; not after a number ("2 L nasal cannula" is litres).
    /// </summary>
    private static bool IsSideLetter(string text, int start, int end)
    {
        if (end - start != 1 || text[start] is not ('R' or 'L') || end + 1 >= text.Length || text[end] != ' ' || !char.IsLetter(text[end + 1]))
        {
            return false;
        }

        var before = start - 1;
        while (before >= 0 && text[before] == ' ')
        {
            before--;
        }

        return before < 0 || !char.IsAsciiDigit(text[before]);
    }

    private static bool IsNumber(string text, int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            if (!char.IsAsciiDigit(text[k]) && text[k] != '.')
            {
                return false;
            }
        }

        return true;
    }

    private static void AddWord(string text, int start, int end, int sentence, List<NoteToken> tokens, List<NormalWord> words)
    {
        var written = WrittenWords.Of(IsSideLetter(text, start, end) ? (text[start] == 'R' ? "right" : "left") : text.AsSpan(start, end - start));
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
