using MedCoder.Coding.Reading;
using MedCoder.Contracts.Coding;

namespace MedCoder.Coding.Rules;

/// <summary>The sentence an evidence span starts in: what the claim rules read around a mention.</summary>
public static class EvidenceSentences
{
    /// <summary>The span's note and sentence; null when the span points outside the notes read.</summary>
    public static (ReadNote Note, NoteSentence Sentence)? Of(IReadOnlyList<ReadNote> notes, EvidenceSpan span) =>
        span.NoteIndex < notes.Count && notes[span.NoteIndex] is var note && note.SentenceAt(span.Start) is { } sentence ? (note, sentence) : null;

    /// <summary>Whether the sentence has one of the (normalised) words.</summary>
    public static bool Says(ReadNote note, NoteSentence sentence, IReadOnlySet<string> words)
    {
        for (var t = sentence.FirstToken; t < sentence.EndToken; t++)
        {
            if (words.Contains(note.Tokens[t].Word))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The spans a code's final diagnostic statement gives it, from its highest section (a postoperative diagnosis over a
    /// preoperative one, an assessment over the past history); all its spans when no final statement names it.
    /// </summary>
    public static List<EvidenceSpan> Stated(IReadOnlyList<ReadNote> notes, Candidate c)
    {
        int Priority(EvidenceSpan e) => Of(notes, e) is var (_, sentence) && SectionKinds.DiagnosticPriority(sentence.Section) is var p and >= 0 ? p : int.MaxValue;
        var first = c.Evidence.Count == 0 ? int.MaxValue : c.Evidence.Min(Priority);
        return first <= 1 ? c.Evidence.FindAll(e => Priority(e) == first) : c.Evidence;
    }
}
