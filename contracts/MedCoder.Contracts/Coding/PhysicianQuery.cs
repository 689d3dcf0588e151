namespace MedCoder.Contracts.Coding;

/// <summary>A documentation gap (CDI): the question for the physician and the note spans that raised it.</summary>
public sealed record PhysicianQuery(string Topic, string Question, IReadOnlyList<EvidenceSpan> Evidence);
