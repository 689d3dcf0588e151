using System.Collections.Concurrent;
using MedCoder.CodeSets.Icd10Cm;
using MedCoder.CodeSets.Library;
using MedCoder.Contracts.Coding;
using MedCoder.Contracts.Encounters;

namespace MedCoder.CodeSuggestion.Engine;

/// <summary>
/// First dictionary pass over ICD-10-CM descriptions: reads the assessment / diagnosis sections (the
/// whole note when it has none), skips negated sentences, and keeps whole-description matches.
/// The full coding engine replaces this class; its contract (codes with evidence, confidence, rule, version) stays.
/// </summary>
public sealed class FirstPassCoder(ICodeSets codeSets) : IEncounterCoder
{
    public const int MaxDiagnoses = 12;
    private const string Rule = "description-match";

    private static readonly string[] DiagnosisSections = ["ASSESSMENT", "IMPRESSION", "DIAGNOS", "PLAN"];
    private static readonly string[] NegationCues = ["no", "denies", "denied", "negative", "without", "not"];

    private readonly ConcurrentDictionary<int, DescriptionIndex> _indexes = new();

    /// <summary>Builds every release's index now, so the first encounter is not slowed by it.</summary>
    public void Prepare()
    {
        foreach (var edition in codeSets.Icd10CmEditions)
        {
            IndexFor(edition.Codes);
        }
    }

    public CodingResult Code(Encounter encounter)
    {
        var release = codeSets.For(encounter.ServiceEnd).Icd10Cm.Release.Codes;
        var index = IndexFor(release);
        var found = new Dictionary<string, (Icd10CmCode Code, double Confidence, List<EvidenceSpan> Evidence)>(StringComparer.Ordinal);

        for (var n = 0; n < encounter.Notes.Count; n++)
        {
            var sentences = NoteText.Sentences(encounter.Notes[n].Text).ToList();
            var diagnostic = sentences.Where(s => DiagnosisSections.Any(d => s.Section.Contains(d, StringComparison.Ordinal))).ToList();
            foreach (var sentence in diagnostic.Count > 0 ? diagnostic : sentences)
            {
                var words = NoteText.Words(sentence.Text).ToList();
                if (words.Count == 0 || NegationCues.Contains(words[0], StringComparer.Ordinal))
                {
                    continue;
                }

                var contentWords = DescriptionIndex.ContentWords(sentence.Text).ToList();
                foreach (var (code, matched) in index.Match(contentWords))
                {
                    var confidence = Math.Round(0.5 + (0.5 * matched / Math.Max(matched, contentWords.Count)), 3);
                    var span = new EvidenceSpan(n, sentence.Start, sentence.End);
                    if (found.TryGetValue(code.Code, out var existing))
                    {
                        existing.Evidence.Add(span);
                        found[code.Code] = (code, Math.Max(existing.Confidence, confidence), existing.Evidence);
                    }
                    else if (found.Count < MaxDiagnoses)
                    {
                        found[code.Code] = (code, confidence, [span]);
                    }
                }
            }
        }

        // Dictionary keeps insertion order: the first diagnosis documented is listed first.
        var codes = found.Values
            .Select(f => new SuggestedCode(CodeSystems.Icd10Cm, f.Code.Dotted, f.Code.LongDescription, f.Confidence, f.Evidence, Rule))
            .ToList();
        return new CodingResult(codes, release.Version);
    }

    private DescriptionIndex IndexFor(Icd10CmRelease release) => _indexes.GetOrAdd(release.FiscalYear, _ => new DescriptionIndex(release));
}
