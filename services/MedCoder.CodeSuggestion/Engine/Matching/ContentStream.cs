using MedCoder.CodeSuggestion.Engine.Context;
using MedCoder.CodeSuggestion.Engine.Reading;

namespace MedCoder.CodeSuggestion.Engine.Matching;

/// <summary>
/// The content words of a note (stop words removed) as vocabulary ids, with the note token each comes
/// from; matching runs over this stream sentence by sentence.
/// </summary>
public sealed class ContentStream
{
    public ContentStream(ReadNote note, ContextFlags[] flags, Vocabulary vocabulary)
    {
        Note = note;
        Flags = flags;
        var words = new List<int>(note.Tokens.Length);
        var tokens = new List<int>(note.Tokens.Length);
        SentenceStart = new int[note.Sentences.Length + 1];
        for (var s = 0; s < note.Sentences.Length; s++)
        {
            SentenceStart[s] = words.Count;
            var sentence = note.Sentences[s];
            for (var t = sentence.FirstToken; t < sentence.EndToken; t++)
            {
                var word = note.Tokens[t].Word;
                if (!WordForms.IsStopWord(word))
                {
                    words.Add(vocabulary.IdOf(word));
                    tokens.Add(t);
                }
            }
        }

        SentenceStart[note.Sentences.Length] = words.Count;
        Words = [.. words];
        Tokens = [.. tokens];
    }

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
    /// the term ("reflux disease without esophagitis"), while "denies chest pain" marks the mention's start.
    /// </summary>
    public ContextFlags FlagsOf(int from, int to) => to < from ? ContextFlags.None : Flags[Tokens[from]];
}
