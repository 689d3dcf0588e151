using MedCoder.CodeSuggestion.Evaluation;
using MedCoder.Contracts.Coding;

namespace MedCoder.CodeSuggestion.Engine.Learning;

/// <summary>A training text with its gold document-level codes (lower case, ICD-10-CM with dot, PCS without).</summary>
public sealed record TrainingDocument(string Id, string Text, IReadOnlyList<string> DiagnosisCodes, IReadOnlyList<string> ProcedureCodes)
{
    /// <summary>The documents of one split of a CodiEsp corpus, in id order, each gold code once (file order).</summary>
    public static List<TrainingDocument> From(CodiEspCorpus corpus, string split)
    {
        var diagnoses = CodesByDocument(corpus, split, CodeSystems.Icd10Cm);
        var procedures = CodesByDocument(corpus, split, CodeSystems.Icd10Pcs);
        return corpus.DocumentsOf(split).OrderBy(d => d.Id, StringComparer.Ordinal)
            .Select(d => new TrainingDocument(d.Id, d.Text, [.. diagnoses[d.Id]], [.. procedures[d.Id]]))
            .ToList();
    }

    private static ILookup<string, string> CodesByDocument(CodiEspCorpus corpus, string split, string system) =>
        corpus.Gold(split, system)
            .Select(c => c with { Code = c.Code.ToLowerInvariant() })
            .Distinct()
            .ToLookup(c => c.Document, c => c.Code, StringComparer.Ordinal);
}
