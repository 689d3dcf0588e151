using System.Collections.Concurrent;
using MedCoder.CodeSets.Library;
using MedCoder.CodeSets.Search;

namespace MedCoder.CodeSuggestion.CodeSetApi;

/// <summary>One ICD-10-CM search index per fiscal year, built on first use.</summary>
public sealed class SearchIndexes(ICodeSets codeSets)
{
    private readonly ConcurrentDictionary<int, Lazy<CodeSearchIndex>> _icd10Cm = new();

    public CodeSearchIndex Icd10Cm(Icd10CmEdition edition) =>
        _icd10Cm.GetOrAdd(edition.FiscalYear, _ => new Lazy<CodeSearchIndex>(() => new CodeSearchIndex(Icd10CmSearchEntries.For(edition)))).Value;

    public ICodeSets CodeSets => codeSets;
}
