namespace MedCoder.CodeSets.Edits;

/// <summary>NCCI add-on code edit type.</summary>
public enum AddOnEditType
{
    /// <summary>1: only the listed primary codes support the add-on.</summary>
    Type1 = 1,

    /// <summary>2: CMS lists no primary codes; contractors decide (primary CCCCC).</summary>
    Type2 = 2,

    /// <summary>3: some primaries listed by CMS; contractors may accept others.</summary>
    Type3 = 3,
}

/// <summary>
/// One add-on/primary pair. Note is the source's free-text explanation, as given (an edit-type note, never a
/// CPT descriptor). DeletionDate, when present, is the first date the pair no longer applies (NCCI convention,
/// where an edit deleted on its effective date never applied).
/// </summary>
public sealed record AddOnCodeEdit(string AddOnCode, string PrimaryCode, DateOnly EffectiveDate, DateOnly? DeletionDate, AddOnEditType EditType, string Note)
{
    /// <summary>CMS's placeholder primary code meaning "primary codes defined by the contractor".</summary>
    public const string ContractorDefinedPrimary = "CCCCC";

    public bool IsContractorDefinedPrimary => PrimaryCode == ContractorDefinedPrimary;

    public bool IsActiveOn(DateOnly dateOfService) => EffectiveDate <= dateOfService && (DeletionDate is null || dateOfService < DeletionDate.Value);
}
