namespace MedCoder.CodeSets.Icd10Cm;

/// <summary>
/// One term of the ICD-10-CM Alphabetic Index (Index to Diseases and Injuries): its level (0 = main term), the row
/// of its parent term (-1 for a main term), its title without nonessential modifiers, those modifiers (the
/// parenthesised words a note may or may not say: "(acute)" → "acute"), and what the term leads to: a code as
/// published (with dot, possibly ending in '-': more characters needed), a "see" or a "see also" reference.
/// </summary>
public sealed record AlphabeticIndexEntry(int Level, int Parent, string Term, IReadOnlyList<string> Modifiers, string? Code, string? See, string? SeeAlso)
{
    /// <summary>The title as printed: the term followed by its nonessential modifiers in parentheses.</summary>
    public string Title => Modifiers.Count == 0 ? Term : $"{Term} ({string.Join(") (", Modifiers)})".TrimStart();
}
