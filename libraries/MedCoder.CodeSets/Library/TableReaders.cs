using MedCoder.CodeSets.Files;
using MedCoder.CodeSets.Cpt;
using MedCoder.CodeSets.Edits;
using MedCoder.CodeSets.Hcpcs;
using MedCoder.CodeSets.Icd10Cm;
using MedCoder.CodeSets.Icd10Pcs;

namespace MedCoder.CodeSets.Library;

/// <summary>The static Read of each table type, by the kind of file it came from (the binary cache's dispatch).</summary>
internal static class TableReaders
{
    public static ICacheable Read(SourceKind kind, BinaryReader reader) => kind switch
    {
        SourceKind.Icd10CmOrder => Icd10CmRelease.Read(reader),
        SourceKind.Icd10CmValidCodes => ValidCodesList.Read(reader),
        SourceKind.Icd10CmOrderAddenda or SourceKind.Icd10CmCodesAddenda => Icd10CmAddenda.Read(reader),
        SourceKind.Icd10CmConversionTable => ConversionTable.Read(reader),
        SourceKind.Icd10CmPoaExempt => PoaExemptList.Read(reader),
        SourceKind.Icd10CmNotesDerived => TabularNotes.Read(reader),
        SourceKind.Icd10CmDrugTable => DrugTable.Read(reader),
        SourceKind.Icd10CmNeoplasmTable => NeoplasmTable.Read(reader),
        SourceKind.Icd10CmExternalCauseIndex => ExternalCauseIndex.Read(reader),
        SourceKind.Icd10PcsOrder => Icd10PcsRelease.Read(reader),
        SourceKind.Icd10PcsOrderAddenda => Icd10PcsOrderAddenda.Read(reader),
        SourceKind.Hcpcs => HcpcsRelease.Read(reader),
        SourceKind.MceEdits => MceEdits.Read(reader),
        SourceKind.Mue => MueTable.Read(reader),
        SourceKind.AddOnCodeEdits => AddOnCodeEdits.Read(reader),
        SourceKind.PlaceOfService => PlaceOfServiceCodes.Read(reader),
        SourceKind.LicensedCpt => LicensedCptFile.Read(reader),
        _ => throw new InvalidDataException($"The code-set cache holds a table of kind {kind} that this version cannot read"),
    };
}
