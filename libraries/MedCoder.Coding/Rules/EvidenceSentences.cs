using MedCoder.Coding.Reading;
using MedCoder.Contracts.Coding;

namespace MedCoder.Coding.Rules;

/// <summary>The sentence an evidence span starts in: what the claim rules read around a mention.</summary>
public static class EvidenceSentences
{
    /// <summary>The span's note and sentence; null when the span points outside the notes read.</summary>
    public static (ReadNote Note, NoteSentence Sentence)? Of(IReadOnlyList<ReadNote> notes, EvidenceSpan span) =>
        span.NoteIndex < notes.Count && notes[span.NoteIndex] is var note && note.SentenceAt(span.Start) is { } sentence ? (note, sentence) : null;
}
