using MedCoder.CodeSets.Versioning;

namespace MedCoder.CodeSets.Library;

public enum SourceKind
{
    Icd10CmOrder,
    Icd10CmValidCodes,
    Icd10CmOrderAddenda,
    Icd10CmCodesAddenda,
    Icd10CmConversionTable,
    Icd10CmPoaExempt,
    Icd10CmNotesDerived,
    Icd10CmTabularLegacy,
    Icd10CmDrugTable,
    Icd10CmNeoplasmTable,
    Icd10CmExternalCauseIndex,
    Icd10PcsOrder,
    Icd10PcsOrderAddenda,
    Hcpcs,
    MceEdits,
    Mue,
    AddOnCodeEdits,
    PlaceOfService,
    LicensedCpt,
}

/// <summary>One recognised file of a code-set folder: what it is, the release it belongs to and when that release applies.</summary>
public sealed record SourceFile(SourceKind Kind, string Path, string RelativePath, string Version, EffectivePeriod Period);
