namespace MedCoder.CodeSets.Edits.Ptp;

/// <summary>NCCI PTP modifier indicator: whether an NCCI-associated modifier lets the column 2 code be paid beside column 1.</summary>
public enum PtpModifierIndicator : byte
{
    /// <summary>0: never billed together, whatever the modifiers.</summary>
    NotAllowed = 0,

    /// <summary>1: allowed when a documented NCCI-associated modifier (59, XE/XS/XP/XU, anatomical) marks a distinct service.</summary>
    Allowed = 1,

    /// <summary>9: not applicable; CMS gives it only to deleted edits, which are never applied.</summary>
    NotApplicable = 9,
}

/// <summary>
/// One NCCI procedure-to-procedure edit: the column 2 (component) code is not paid beside the column 1
/// (comprehensive) code on the same date of service. EffectiveDate is null where the source does not give it (the
/// derived 2024 Q3 file). DeletionDate, when present, is the first date the edit no longer applies (the NCCI
/// convention the add-on edits follow too: an edit deleted on its effective date never applied).
/// </summary>
public sealed record PtpEdit(string Column1, string Column2, DateOnly? EffectiveDate, DateOnly? DeletionDate, PtpModifierIndicator ModifierIndicator, string Rationale)
{
    public bool IsActiveOn(DateOnly dateOfService) =>
        ModifierIndicator != PtpModifierIndicator.NotApplicable
        && (EffectiveDate is null || EffectiveDate.Value <= dateOfService)
        && (DeletionDate is null || dateOfService < DeletionDate.Value);
}
