namespace MedCoder.Coding.Reading;

/// <summary>
/// A normalised word of a note. Start/End are offsets into the original text; the words an
/// abbreviation expands to ("CHF" → congestive heart failure) all carry the abbreviation's offsets.
/// </summary>
public readonly record struct NoteToken(string Word, int Start, int End, int Sentence);

/// <summary>A sentence or list item: token range [FirstToken, EndToken), character range and section.</summary>
public readonly record struct NoteSentence(int Start, int End, int FirstToken, int EndToken, SectionKind Section, int SectionOrder);
