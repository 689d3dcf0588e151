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

    public TabularNotes? Notes => Table<TabularNotes>(SourceKind.Icd10CmNotesDerived);

    public Icd10CmAddenda? OrderAddenda => Table<Icd10CmAddenda>(SourceKind.Icd10CmOrderAddenda);

    public ConversionTable? Conversion => Table<ConversionTable>(SourceKind.Icd10CmConversionTable);

    public PoaExemptList? PoaExempt => Table<PoaExemptList>(SourceKind.Icd10CmPoaExempt);

    public DrugTable? Drugs => Table<DrugTable>(SourceKind.Icd10CmDrugTable);

    public NeoplasmTable? Neoplasms => Table<NeoplasmTable>(SourceKind.Icd10CmNeoplasmTable);

    public ExternalCauseIndex? ExternalCauses => Table<ExternalCauseIndex>(SourceKind.Icd10CmExternalCauseIndex);

    /// <summary>Inclusion terms of a code from the tabular notes, when they are loaded.</summary>
    public IReadOnlyList<string> InclusionTerms(string code) =>
        Notes?.NotesFor(code).Where(n => n.Kind == NoteKind.InclusionTerm).Select(n => n.Text).ToList() ?? [];
}
