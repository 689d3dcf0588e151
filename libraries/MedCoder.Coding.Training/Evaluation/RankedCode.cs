namespace MedCoder.Coding.Training.Evaluation;

/// <summary>A predicted code with the engine's confidence; no confidence when a prediction file gives only the rank.</summary>
public sealed record RankedCode(string Code, double? Confidence);
