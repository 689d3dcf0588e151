namespace MedCoder.CodeSets.Icd10Cm;

/// <summary>
/// The Tabular List instructional notes. Includes (the "Includes:" note under a category) is kept apart from
/// InclusionTerm (terms listed under a code) because the Tabular List and the derived file keep them apart.
/// SeventhCharacter is the instruction text ("The appropriate 7th character is to be added..."); the character
/// meanings themselves are SeventhCharacter records.
/// </summary>
public enum NoteKind
{
    Excludes1,
    Excludes2,
    CodeFirst,
    UseAdditionalCode,
    CodeAlso,
    InclusionTerm,
    Includes,
    Note,
    SeventhCharacter,
}
