namespace MedCoder.Coding.Training.Evaluation;

/// <summary>One clinical case report: its id (the file name without extension), split ("train" or "dev") and English text.</summary>
public sealed record CodiEspDocument(string Id, string Split, string Text);

/// <summary>One line of a gold file: a code (as written there, lowercase) assigned to a document.</summary>
public sealed record GoldCode(string Document, string Code);
