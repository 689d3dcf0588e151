using System.Collections.Frozen;
using MedCoder.CodeSets.Icd10Cm;
using MedCoder.Coding.Reading;
using MedCoder.Contracts.Coding;

namespace MedCoder.Coding.Rules;

/// <summary>
/// An "unspecified" code chosen while the sentence that names it also says a word only its siblings' titles carry
/// ("unspecified cataract" beside "nuclear", "low back pain, unspecified" beside "sciatica", an unspecified side beside
/// "left"): the note may document more than the code says, so a coder confirms it before it is billed (kept below
/// auto-release). The code stays suggested: the word may belong to another condition of the sentence.
/// </summary>
public sealed class SpecificityDoubt(Icd10CmRelease release)
{
    /// <summary>Below auto-release (0.9).</summary>
    public const double Ceiling = 0.85;

    // Words every title family shares: they tell no sibling apart.
    private static readonly FrozenSet<string> Common = new[]
    {
        "other", "unspecified", "specified", "with", "without", "of", "and", "or", "the", "in", "to", "due", "initial", "subsequent",
        "encounter", "sequela", "for", "not", "elsewhere", "classified", "site", "part", "than", "by", "as", "on", "a", "an", "at",
        "disorder", "disease", "condition", "type", "unknown", "nec", "nos", "routine", "healing", "delayed", "nonunion", "malunion",
    }.ToNormalizedSet();

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, FrozenSet<string>> _siblingWords = new(StringComparer.Ordinal);

    /// <summary>
    /// Caps the confidence of unspecified codes whose evidence sentences say a word of a sibling's title, and of a
    /// condition's default code ("Sepsis, unspecified organism", "Anemia, unspecified", "Other ...") named only by its bare
    /// word ("sepsis", "anemia", "aneurysm"): on notes coded blind, two in three of those were right, since the record
    /// usually documents the organism, type or site elsewhere.
    /// </summary>
    public void Apply(IReadOnlyList<ReadNote> notes, List<Candidate> candidates)
    {
        foreach (var c in candidates)
        {
            if (c.System == CodeSystems.Icd10Cm && c.Confidence > Ceiling && IsDefault(c.Code) && c.Evidence.Count > 0
                && c.Evidence.TrueForAll(e => IsOneWord(notes, e)))
            {
                c.Confidence = Ceiling;
                continue;
            }

            if (c.System != CodeSystems.Icd10Cm || c.Confidence <= Ceiling || SiblingWords(c.Code) is not { Count: > 0 } words)
            {
                continue;
            }

            if (c.Evidence.Exists(e => SentenceSays(notes, e, words)))
            {
                c.Confidence = Ceiling;
            }
        }
    }

    private FrozenSet<string> SiblingWords(string code) => _siblingWords.GetOrAdd(code, key =>
    {
        if (release.Find(key)?.LongDescription is not { } title || !title.Contains("unspecified", StringComparison.OrdinalIgnoreCase))
        {
            return FrozenSet<string>.Empty;
        }

        var own = WordForms.Words(title).ToHashSet(StringComparer.Ordinal);
        return release.Descendants(key[..3])
            .Where(sibling => sibling != key && release.Find(sibling) is { Billable: true })
            .SelectMany(sibling => WordForms.Words(release.Find(sibling)!.LongDescription))
            .Where(w => w.Length > 2 && !own.Contains(w) && !Common.Contains(w) && !w.Any(char.IsDigit))
            .ToFrozenSet(StringComparer.Ordinal);
    });

    private bool IsDefault(string code) => _defaults.GetOrAdd(code, key => release.Find(key)?.LongDescription is { } title && DefaultTitles.IsDefault(title));

    private static bool IsOneWord(IReadOnlyList<ReadNote> notes, EvidenceSpan span) =>
        span.NoteIndex < notes.Count && notes[span.NoteIndex].Text.AsSpan(span.Start, span.End - span.Start).Trim().IndexOfAny(' ', '\n', '\t') < 0;

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, bool> _defaults = new(StringComparer.Ordinal);

    private static bool SentenceSays(IReadOnlyList<ReadNote> notes, EvidenceSpan span, FrozenSet<string> words) =>
        EvidenceSentences.Of(notes, span) is var (note, sentence) && EvidenceSentences.Says(note, sentence, words);
}
