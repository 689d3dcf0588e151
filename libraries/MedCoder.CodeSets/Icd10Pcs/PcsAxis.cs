namespace MedCoder.CodeSets.Icd10Pcs;

/// <summary>One character of a PCS code with the name its section gives that position (1-based).</summary>
public readonly record struct PcsAxis(int Position, string Name, char Value);

/// <summary>
/// A code split into its 7 axes. TableTitle is the long description of the 3-character table header in the
/// order file (e.g. 0DT = "Gastrointestinal System, Resection"), null when the release has no such table.
/// </summary>
public sealed record PcsCodeStructure(string Code, char Section, string SectionName, IReadOnlyList<PcsAxis> Axes, string? TableTitle);
