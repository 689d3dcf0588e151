namespace MedCoder.CodeSets.Edits;

/// <summary>The Medicare Code Editor diagnosis lists a code can be on (a code may be on more than one).</summary>
[Flags]
public enum MceEditLists
{
    None = 0,

    /// <summary>Manifestation code: not allowed as principal diagnosis.</summary>
    ManifestationNotPrincipal = 1,

    /// <summary>Unacceptable principal diagnosis.</summary>
    UnacceptablePrincipal = 2,

    /// <summary>Unacceptable principal diagnosis unless a secondary diagnosis is reported.</summary>
    UnacceptablePrincipalUnlessSecondary = 4,

    /// <summary>Age edit: newborn diagnoses.</summary>
    Newborn = 8,

    /// <summary>Age edit: pediatric diagnoses.</summary>
    Pediatric = 16,

    /// <summary>Age edit: maternity diagnoses.</summary>
    Maternity = 32,

    /// <summary>Age edit: adult diagnoses.</summary>
    Adult = 64,
}

/// <summary>Inclusive age range in years for an MCE age list.</summary>
public readonly record struct MceAgeRange(int MinAge, int MaxAge)
{
    public bool Contains(int ageYears) => ageYears >= MinAge && ageYears <= MaxAge;
}

/// <summary>An age list a code is on, with the ages for which the diagnosis is consistent.</summary>
public readonly record struct MceAgeEdit(MceEditLists List, MceAgeRange Range);

/// <summary>What the MCE says about one diagnosis code (ICD-10-CM without dot, as CMS lists it).</summary>
public sealed record MceCodeEdits(string Code, string Description, MceEditLists Lists, IReadOnlyList<MceAgeEdit> AgeEdits);
