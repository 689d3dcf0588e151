using MedCoder.CodeSets.Files;
using MedCoder.CodeSets.Icd10Cm;

namespace MedCoder.CodeSets.Library;

/// <summary>The static Read of each table type, by the kind of file it came from (the binary cache's dispatch).</summary>
internal static class TableReaders
{
    public static ICacheable Read(SourceKind kind, BinaryReader reader) => kind switch
    {
        SourceKind.Icd10CmOrder => Icd10CmRelease.Read(reader),
        _ => throw new InvalidDataException($"The code-set cache holds a table of kind {kind} that this version cannot read"),
    };
}
