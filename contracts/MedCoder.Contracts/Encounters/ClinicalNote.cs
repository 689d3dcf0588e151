namespace MedCoder.Contracts.Encounters;

public sealed record ClinicalNote(string Type, string Author, DateTimeOffset Date, string Text);
