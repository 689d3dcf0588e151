using System.Text.RegularExpressions;

namespace MedCoder.CodeSuggestion.Engine;

/// <summary>A sentence of a note with its character offsets, and the section it sits in.</summary>
public sealed record NoteSentence(int Start, int End, string Text, string Section);

/// <summary>Splits dictated notes into sections (ALL-CAPS "HEADER:" lines) and sentences with offsets.</summary>
public static partial class NoteText
{
    public static IEnumerable<NoteSentence> Sentences(string note)
    {
        var section = string.Empty;
        var lineStart = 0;
        while (lineStart <= note.Length)
        {
            var lineEnd = note.IndexOf('\n', lineStart);
            if (lineEnd < 0)
            {
                lineEnd = note.Length;
            }

            var offset = lineStart;
            var header = SectionHeader().Match(note, lineStart, lineEnd - lineStart);
            if (header.Success)
            {
                section = header.Groups[1].Value.Trim().ToUpperInvariant();
                offset = header.Index + header.Length;
            }

            foreach (Match sentence in SentenceBody().Matches(note[offset..lineEnd]))
            {
                var text = sentence.Value.Trim();
                if (text.Length > 0)
                {
                    var start = offset + sentence.Index + (sentence.Value.Length - sentence.Value.TrimStart().Length);
                    yield return new NoteSentence(start, start + text.Length, text, section);
                }
            }

            lineStart = lineEnd + 1;
        }
    }

    /// <summary>Lower-case words and numbers of a text.</summary>
    public static IEnumerable<string> Words(string text)
    {
        foreach (Match word in Word().Matches(text))
        {
            yield return word.Value.ToLowerInvariant();
        }
    }

    [GeneratedRegex(@"^\s*([A-Z][A-Z &/()-]{2,40}):", RegexOptions.CultureInvariant)]
    private static partial Regex SectionHeader();

    // A sentence ends at ". ", ";" or the end of the line; list numbers ("1.") are their own fragment.
    [GeneratedRegex(@"[^.;]+(?:\.(?=\d)[^.;]*)*", RegexOptions.CultureInvariant)]
    private static partial Regex SentenceBody();

    [GeneratedRegex(@"[A-Za-z0-9]+", RegexOptions.CultureInvariant)]
    private static partial Regex Word();
}
