using MedCoder.Coding.Context;
using MedCoder.Coding.Reading;

namespace MedCoder.Coding.Matching;

/// <summary>
/// The content words of a note (stop words removed) as vocabulary ids, with the note token each comes
/// from; matching runs over this stream sentence by sentence.
/// </summary>
public sealed class ContentStream
{
    // Per-thread scratch, copied out exactly sized: one allocation per array instead of a growing list and its copy.
    [ThreadStatic]
    private static int[]? t_words;

    [ThreadStatic]
    private static int[]? t_tokens;

    public ContentStream(ReadNote note, ContextFlags[] flags, Vocabulary vocabulary)
    {
        Note = note;
        Flags = flags;
        var length = note.Tokens.Length;
        var words = t_words is { } w && w.Length >= length ? w : t_words = new int[Math.Max(length, 1024)];
        var tokens = t_tokens is { } t && t.Length >= length ? t : t_tokens = new int[Math.Max(length, 1024)];
        var count = 0;
        var shared = note.TokenWords;
        SentenceStart = new int[note.Sentences.Length + 1];
        for (var s = 0; s < note.Sentences.Length; s++)
        {
            SentenceStart[s] = count;
            var sentence = note.Sentences[s];
            for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
            {
                if (IsNegatedDefault(note, sentence.FirstToken, i) || IsQuantity(note, sentence, i))
                {
                    continue;
                }

                if (shared is not null)
                {
                    if (!shared[i].IsStopWord)
                    {
                        words[count] = vocabulary.IdOf(shared[i]);
                        tokens[count++] = i;
                    }
                }
                else if (!WordForms.IsStopWord(note.Tokens[i].Word))
                {
                    words[count] = vocabulary.IdOf(note.Tokens[i].Word);
                    tokens[count++] = i;
                }
            }
        }

        SentenceStart[note.Sentences.Length] = count;
        Words = words.AsSpan(0, count).ToArray();
        Tokens = tokens.AsSpan(0, count).ToArray();
    }

    /// <summary>
    /// "not intractable", "not in remission", "not having achieved remission" state the code book's default, which
    /// its titles leave out or name as the plain condition ("Migraine without aura, not intractable, ..." reads as
    /// "Migraine without aura, ..."; "Alcohol dependence, not in remission" is F10.20, not "..., in remission"): the
    /// qualifier must not match the title that has it.
    /// </summary>
    private static bool IsNegatedDefault(ReadNote note, int sentenceStart, int i)
    {
        if (note.Tokens[i].Word is not ("intractable" or "remission"))
        {
            return false;
        }

        for (var k = i - 1; k >= Math.Max(sentenceStart, i - 3); k--)
        {
            var word = note.Tokens[k].Word;
            if (word == "not")
            {
                return true;
            }

            if (!WordForms.IsStopWord(word) && word is not ("having" or "achieved"))
            {
                return false;
            }
        }

        return false;
    }

    // Units after a number: "3 days" names no stage 3 (hours stay: a procedure's duration is its code's, "dialysis, 3 hours"). Weeks are a pregnancy's ("20 weeks gestation", Z3A.20) unless
    // they are ago: "NSTEMI, 2 weeks ago" names no "type 2" infarction.
    private static readonly System.Collections.Frozen.FrozenSet<string> Units = WordForms.NormalizedSet(
        "day", "days", "month", "months", "mo", "year", "years", "yr", "yrs", "times", "mg", "mcg", "kg", "lb", "lbs", "ml", "cm", "mm", "units");

    private static readonly System.Collections.Frozen.FrozenSet<string> Weeks = WordForms.NormalizedSet("week", "weeks", "wk", "wks");

    /// <summary>A number followed by its unit is a quantity, not a code's number.</summary>
    private static bool IsQuantity(ReadNote note, NoteSentence sentence, int i) =>
        i + 1 < sentence.EndToken && note.Tokens[i].Word is { Length: > 0 } word && char.IsAsciiDigit(word[0])
        && (Units.Contains(note.Tokens[i + 1].Word)
            || (Weeks.Contains(note.Tokens[i + 1].Word) && i + 2 < sentence.EndToken && note.Tokens[i + 2].Word == "ago"));

    public ReadNote Note { get; }

    public ContextFlags[] Flags { get; }

    /// <summary>Vocabulary id of each content word (-1 when unknown).</summary>
    public int[] Words { get; }

    /// <summary>Index in <see cref="ReadNote.Tokens"/> of each content word.</summary>
    public int[] Tokens { get; }

    /// <summary>First content word of each sentence; one extra entry closes the last sentence.</summary>
    public int[] SentenceStart { get; }

    /// <summary>
    /// The context of a mention is the context of its first word: a trigger inside the matched term belongs to
    /// the term ("reflux disease without esophagitis"), while "denies chest pain" marks the mention's start. A family
    /// member named inside the span makes the condition at its end theirs ("skin exams given family history of
    /// melanoma" is not the patient's melanoma of skin).
    /// </summary>
    /// <param name="termSaysWithout">
    /// False when the matched term has no "without" of its own: then a negation that starts inside the span negates its
    /// end ("cervical cytology, no abnormal findings" is not abnormal cytology).
    /// </param>
    public ContextFlags FlagsOf(int from, int to, bool termSaysWithout = true) =>
        to < from ? ContextFlags.None
        : Flags[Tokens[from]] | (Flags[Tokens[to]] & (termSaysWithout ? ContextFlags.Family | ContextFlags.Uncertain : ContextFlags.Family | ContextFlags.Negated | ContextFlags.Uncertain));

    /// <summary>The characters of the note that content words [from, to] cover: the evidence span of a mention.</summary>
    public (int Start, int End) CharactersOf(int from, int to) => (Note.Tokens[Tokens[from]].Start, Note.Tokens[Tokens[to]].End);
}
