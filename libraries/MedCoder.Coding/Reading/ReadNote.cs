namespace MedCoder.Coding.Reading;

/// <summary>A note after reading: its text, tokens (with offsets into the text) and sentences.</summary>
public sealed class ReadNote(string text, NoteToken[] tokens, NoteSentence[] sentences)
{
    public string Text { get; } = text;

    public NoteToken[] Tokens { get; } = tokens;

    public NoteSentence[] Sentences { get; } = sentences;

    /// <summary>The shared word of each token (parallel to <see cref="Tokens"/>), when the note reader made the note.</summary>
    internal NormalWord[]? TokenWords { get; init; }

    /// <summary>The sentence a character position falls in; null outside every sentence.</summary>
    public NoteSentence? SentenceAt(int position)
    {
        foreach (var sentence in Sentences)
        {
            if (position >= sentence.Start && position < sentence.End)
            {
                return sentence;
            }
        }

        return null;
    }

    /// <summary>True when the note has at least one header that names a diagnosis section.</summary>
    public bool HasDiagnosticSection
    {
        get
        {
            foreach (var sentence in Sentences)
            {
                if (SectionKinds.IsDiagnostic(sentence.Section))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
