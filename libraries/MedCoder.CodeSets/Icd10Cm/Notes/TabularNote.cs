namespace MedCoder.CodeSets.Icd10Cm;

/// <summary>One instructional note of a code. Source names the file it came from ("FY2026 derived notes", "FY2021 tabular XML").</summary>
public sealed record TabularNote(NoteKind Kind, string Text, string Source);

/// <summary>A note found on a code or on one of its ancestors; DeclaredAt is the code (without dot) that carries it.</summary>
public sealed record InheritedNote(string DeclaredAt, TabularNote Note);

/// <summary>The meaning of one 7th character, e.g. 'A' = "initial encounter for closed fracture" under S52.</summary>
public sealed record SeventhCharacter(char Character, string Meaning, string Source);

/// <summary>The 7th characters that apply to a code, and the code (without dot) that defines them.</summary>
public sealed record SeventhCharacterDefinitions(string DefinedAt, IReadOnlyList<SeventhCharacter> Characters)
{
    public SeventhCharacter? For(char character) => Characters.FirstOrDefault(c => c.Character == char.ToUpperInvariant(character));
}
