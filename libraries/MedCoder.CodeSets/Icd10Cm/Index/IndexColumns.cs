namespace MedCoder.CodeSets.Icd10Cm;

/// <summary>The six code columns of the Table of Drugs and Chemicals, in file order (XML col 2-7).</summary>
public enum DrugColumn
{
    PoisoningAccidental,
    PoisoningIntentionalSelfHarm,
    PoisoningAssault,
    PoisoningUndetermined,
    AdverseEffect,
    Underdosing,
}

/// <summary>The six code columns of the Neoplasm Table, in file order (XML col 2-7).</summary>
public enum NeoplasmColumn
{
    MalignantPrimary,
    MalignantSecondary,
    CaInSitu,
    Benign,
    UncertainBehavior,
    UnspecifiedBehavior,
}
