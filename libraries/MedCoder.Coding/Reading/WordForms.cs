using System.Collections.Frozen;

namespace MedCoder.Coding.Reading;

/// <summary>Word normalisation shared by the note reader, the dictionaries and the learned lexicon.</summary>
public static class WordForms
{
    /// <summary>
    /// Words that carry no clinical concept; dropped before matching terms (not before context detection).
    /// "with" and "without" are kept: they decide between codes ("with perforation" vs "without perforation").
    /// </summary>
    private static readonly FrozenSet<string> StopWords = new[]
    {
        "a", "an", "and", "are", "as", "at", "be", "been", "by", "for", "from", "has", "had", "have", "he", "her", "his",
        "in", "into", "is", "it", "of", "on", "or", "she", "that", "the", "their", "there", "these", "this", "to",
        "was", "were", "which", "who", "also", "than", "then", "after", "before", "during", "other",
        "unspecified", "nos", "elsewhere", "classified", "due", "type", "site", "specified", "not", "region",
    }.ToFrozenSet(StringComparer.Ordinal);

    public static bool IsStopWord(string word) => StopWords.Contains(word);

    /// <summary>A set of words as the note reader reads them (lower case, light plural stem), for rules that look for them in a note's tokens.</summary>
    public static FrozenSet<string> NormalizedSet(params IEnumerable<string> words) => words.ToNormalizedSet();

    /// <inheritdoc cref="NormalizedSet"/>
    public static FrozenSet<string> ToNormalizedSet(this IEnumerable<string> words) => words.Select(w => Normalize(w)).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Lower-case with a light plural stem: "fractures" → "fracture", "arteries" → "artery".</summary>
    public static string Normalize(ReadOnlySpan<char> word)
    {
        Span<char> buffer = word.Length <= 64 ? stackalloc char[word.Length] : new char[word.Length];
        for (var i = 0; i < word.Length; i++)
        {
            buffer[i] = char.ToLowerInvariant(word[i]);
        }

        var length = BritishToAmerican(buffer);
        if (length > 6 && buffer[(length - 4)..length] is "oses")
        {
            // The Greek plural: "keratoses", "stenoses" are the code book's "keratosis", "stenosis".
            buffer[length - 2] = 'i';
        }
        else if (length > 4 && buffer[length - 1] == 's')
        {
            var before = buffer[length - 2];
            if (before == 'e' && buffer[length - 3] == 'i')
            {
                buffer[length - 3] = 'y';
                length -= 2;
            }
            else if (before is not ('s' or 'u' or 'i'))
            {
                length--;
            }
        }

        return new string(buffer[..length]);
    }

    /// <summary>
    /// British spelling to the code book's American one, in place: "ae"/"oe" before a consonant become "e" (haemorrhage,
    /// oedema, dyslipidaemia, oesophagus, foetal, coeliac), so does a final "oea" (diarrhoea) and a final "our" becomes "or" (tumour). Words of six letters
    /// or more only, so short words ("toe", "does") keep their form; both notes and dictionaries pass through here, so
    /// a word that merely looks British ("hypoechoic") is changed alike on both sides. Returns the new length.
    /// </summary>
    private static int BritishToAmerican(Span<char> word)
    {
        var length = word.Length;
        if (length < 6)
        {
            return length;
        }

        var write = 0;
        for (var read = 0; read < length; read++)
        {
            var c = word[read];
            if (c is 'a' or 'o' && read + 2 < length && word[read + 1] == 'e')
            {
                var next = word[read + 2];
                if ((char.IsAsciiLetter(next) && !IsVowel(next)) || (c == 'o' && next == 'a' && read + 3 == length))
                {
                    continue; // drop the a/o of ae/oe before a consonant, and of a final "oea" (diarrhoea, dyspnoea)
                }
            }

            word[write++] = c;
        }

        // tumour → tumor, tumours → tumors
        var end = write >= 7 && word[write - 1] == 's' ? write - 1 : write;
        if (end >= 6 && word[end - 3] == 'o' && word[end - 2] == 'u' && word[end - 1] == 'r')
        {
            word[end - 2] = 'r';
            if (end < write)
            {
                word[end - 1] = 's';
            }

            write--;
        }

        return write;
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';

    /// <summary>The normalised words of a phrase (letters and digits; other characters separate words).</summary>
    public static List<string> Words(string text) => [.. Spans(text).Select(s => Normalize(text.AsSpan(s.Start, s.End - s.Start)))];

    /// <summary>Where the words of a text are: runs of letters and digits, as [Start, End) character offsets.</summary>
    public static IEnumerable<(int Start, int End)> Spans(string text)
    {
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && char.IsLetterOrDigit(text[i]))
            {
                i++;
            }

            yield return (start, i);
        }
    }

    /// <summary>The words of a phrase without stop words.</summary>
    public static List<string> ContentWords(string text)
    {
        var words = Words(text);
        words.RemoveAll(IsStopWord);
        return words;
    }
}
