namespace MedCoder.Contracts.Coding;

/// <summary>Characters [Start, End) of note number NoteIndex that support a code.</summary>
public sealed record EvidenceSpan(int NoteIndex, int Start, int End);
