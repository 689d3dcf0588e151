using MedCoder.CodeSuggestion.Evaluation;
using MedCoder.Contracts.Coding;

namespace MedCoder.CodeSuggestion.Engine.Learning;

/// <summary>A gold code's mention found in the English text (<see cref="MentionAligner"/>): the code as in the gold file and the English words.</summary>
public sealed record AlignedMention(string System, string Code, string Phrase);

/// <summary>A training text with its gold document-level codes (lower case, ICD-10-CM with dot, PCS without).</summary>
public sealed record TrainingDocument(string Id, string Text, IReadOnlyList<string> DiagnosisCodes, IReadOnlyList<string> ProcedureCodes)
{
    /// <summary>The gold mentions found in this English text; empty when the corpus has no mention file.</summary>
    public IReadOnlyList<AlignedMention> Mentions { get; init; } = [];

    /// <summary>The documents of one split of a CodiEsp corpus, in id order, each gold code once (file order).</summary>
    public static List<TrainingDocument> From(CodiEspCorpus corpus, string split)
    {
        var diagnoses = CodesByDocument(corpus, split, CodeSystems.Icd10Cm);
        var procedures = CodesByDocument(corpus, split, CodeSystems.Icd10Pcs);
        var mentions = corpus.Mentions(split).ToLookup(m => m.Document, StringComparer.Ordinal);
        return corpus.DocumentsOf(split).OrderBy(d => d.Id, StringComparer.Ordinal)
            .Select(d => new TrainingDocument(d.Id, d.Text, [.. diagnoses[d.Id]], [.. procedures[d.Id]]) { Mentions = Aligned(mentions[d.Id], d.Text) })
            .ToList();
    }

    private static List<AlignedMention> Aligned(IEnumerable<GoldMention> mentions, string text) =>
        [.. mentions.Select(m => MentionAligner.Align(m.Reference, m.Start, text) is { } phrase ? new AlignedMention(m.System, m.Code, phrase) : null).OfType<AlignedMention>()];

    private static ILookup<string, string> CodesByDocument(CodiEspCorpus corpus, string split, string system) =>
        corpus.Gold(split, system)
            .Select(c => c with { Code = c.Code.ToLowerInvariant() })
            .Distinct()
            .ToLookup(c => c.Document, c => c.Code, StringComparer.Ordinal);
}
