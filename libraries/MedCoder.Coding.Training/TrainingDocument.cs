using MedCoder.Coding.Training.Evaluation;
using MedCoder.Contracts.Coding;

namespace MedCoder.Coding.Training;

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
        var documents = corpus.DocumentsOf(split).OrderBy(d => d.Id, StringComparer.Ordinal).ToList();
        var aligned = documents.Select(d => mentions[d.Id].Select(m => (Mention: m, Phrase: MentionAligner.Align(m.Reference, m.Start, d.Text))).ToList()).ToList();

        // A mention the aligner could not find may still be written as the same code was elsewhere in the split
        // (the translation is consistent): its phrases found in other documents are looked for in this one.
        var phrasesOfCode = aligned.SelectMany(a => a).Where(a => a.Phrase is not null)
            .GroupBy(a => (a.Mention.System, a.Mention.Code))
            .ToDictionary(g => g.Key, g => g.Select(a => a.Phrase!).Distinct(StringComparer.OrdinalIgnoreCase).OrderBy(p => p, StringComparer.Ordinal).ToList());
        return documents.Select((d, i) => new TrainingDocument(d.Id, d.Text, [.. diagnoses[d.Id]], [.. procedures[d.Id]])
        {
            Mentions = [.. aligned[i].Select(a => a.Phrase is { } phrase ? new AlignedMention(a.Mention.System, a.Mention.Code, phrase)
                : FoundElsewhere(a.Mention, d.Text, phrasesOfCode) is { } found ? new AlignedMention(a.Mention.System, a.Mention.Code, found) : null).OfType<AlignedMention>()],
        }).ToList();
    }

    /// <summary>Of the code's phrases aligned in other documents, the occurrence in this text nearest the mention's offset.</summary>
    private static string? FoundElsewhere(GoldMention mention, string text, Dictionary<(string System, string Code), List<string>> phrasesOfCode)
    {
        (string Phrase, int Distance)? best = null;
        foreach (var phrase in phrasesOfCode.GetValueOrDefault((mention.System, mention.Code)) ?? [])
        {
            for (var at = text.IndexOf(phrase, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(phrase, at + 1, StringComparison.OrdinalIgnoreCase))
            {
                var distance = Math.Abs(at - mention.Start);
                if (best is not { } b || distance < b.Distance)
                {
                    best = (text.Substring(at, phrase.Length), distance);
                }
            }
        }

        return best?.Phrase;
    }

    private static ILookup<string, string> CodesByDocument(CodiEspCorpus corpus, string split, string system) =>
        corpus.Gold(split, system)
            .Select(c => c with { Code = c.Code.ToLowerInvariant() })
            .Distinct()
            .ToLookup(c => c.Document, c => c.Code, StringComparer.Ordinal);
}
