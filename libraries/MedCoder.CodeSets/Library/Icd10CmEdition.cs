using MedCoder.CodeSets.Icd10Cm;

namespace MedCoder.CodeSets.Library;

/// <summary>One fiscal year of ICD-10-CM with the tables that go with it.</summary>
public sealed class Icd10CmEdition
{
    private readonly Lazy<IndexCodes?> _alphabeticIndex;

    public Icd10CmEdition(Icd10CmRelease codes, IReadOnlyList<LoadedTable> tables)
    {
        Codes = codes;
        Tables = tables;
        _alphabeticIndex = new(() => Table<AlphabeticIndex>(SourceKind.Icd10CmAlphabeticIndex)?.InEdition(Codes, Conversion));
    }

    public Icd10CmRelease Codes { get; }

    public int FiscalYear => Codes.FiscalYear;

    /// <summary>
    /// Every table of this fiscal year (addenda, notes, index tables), by kind, and the Alphabetic Index of an earlier
    /// year when this one has none (<see cref="SourceKind.ServesLaterEditions"/>).
    /// </summary>
    public IReadOnlyList<LoadedTable> Tables { get; }

    public T? Table<T>(SourceKind kind) where T : class => Tables.LastOrDefault(t => t.Kind == kind)?.Table as T;

    public TabularNotes? Notes => Table<TabularNotes>(SourceKind.Icd10CmNotesDerived);

    public Icd10CmAddenda? OrderAddenda => Table<Icd10CmAddenda>(SourceKind.Icd10CmOrderAddenda);

    public ConversionTable? Conversion => Table<ConversionTable>(SourceKind.Icd10CmConversionTable);

    public PoaExemptList? PoaExempt => Table<PoaExemptList>(SourceKind.Icd10CmPoaExempt);

    public DrugTable? Drugs => Table<DrugTable>(SourceKind.Icd10CmDrugTable);

    public NeoplasmTable? Neoplasms => Table<NeoplasmTable>(SourceKind.Icd10CmNeoplasmTable);

    public ExternalCauseIndex? ExternalCauses => Table<ExternalCauseIndex>(SourceKind.Icd10CmExternalCauseIndex);

    /// <summary>The Alphabetic Index with its codes read in this edition (read once, on first use); null when none is loaded.</summary>
    public IndexCodes? AlphabeticIndex => _alphabeticIndex.Value;

    /// <summary>Inclusion terms of a code from the tabular notes, when they are loaded.</summary>
    public IReadOnlyList<string> InclusionTerms(string code) =>
        Notes?.NotesFor(code).Where(n => n.Kind == NoteKind.InclusionTerm).Select(n => n.Text).ToList() ?? [];
}
