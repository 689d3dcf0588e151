using System.Collections.Frozen;
using MedCoder.CodeSets.Icd10Cm;
using MedCoder.Coding.Reading;
using MedCoder.Coding.Rules;

namespace MedCoder.Coding.Matching;

/// <summary>
/// The Alphabetic Index as phrases, the way a coder looks a condition up: a term's path from its main term down is
/// one phrase ("Diabetes, type 2, with, polyneuropathy" → E11.42), and so is a term that refers elsewhere, with the
/// code of the term it names ("Cholecystitis, acute, with, cholelithiasis", see "Calculus, gallbladder, with
/// cholecystitis, acute" → K80.00). The dictionary matches a phrase's words in any order, "with" optional; nonessential
/// modifiers ("(emphysematous)") are optional words; a main term's forms ("Calculus, calculi, calculous") are each a
/// phrase, and the index's cross-references word it too (<see cref="IndexWordings"/>: "Diabetes, with, peripheral
/// neuropathy", "Diverticulitis, sigmoid"). Codes are those of the edition in force (<see cref="IndexCodes"/>): a code
/// still to be completed (G56.0-) stands for its default (G56.00) and, with "right", "left" or "bilateral", for that
/// side's code (G56.01). Phrases that name nothing specific are left out: fewer than two words, or only generic ones
/// ("Disease, specified"), or an encounter's reason ("Examination, eye"), unless the one word is the main term's own
/// and a clinical term ("Cholelithiasis").
/// </summary>
public static class IndexTerms
{
    private static readonly string[] Sides = ["right", "left", "bilateral"];

    /// <summary>Generic heads of the index and the qualifiers of its subterms: words of a phrase that name no condition by themselves.</summary>
    private static readonly FrozenSet<string> GenericWords = WordForms.NormalizedSet(
        "disease", "disorder", "syndrome", "condition", "abnormal", "abnormality", "anomaly", "lesion", "complication",
        "problem", "finding", "mass", "defect", "deformity", "dysfunction", "disturbance", "failure", "insufficiency",
        "injury", "reaction", "change", "state", "effect", "involvement", "acute", "chronic", "subacute", "left", "right",
        "bilateral", "unilateral", "multiple", "single", "congenital", "acquired", "primary", "secondary", "recurrent",
        "severe", "mild", "moderate", "simple", "part", "region", "organ", "body", "system", "general", "generalized",
        "localized", "unknown", "late", "early", "old", "stage", "grade", "degree", "level", "following", "affecting",
        "involving");

    /// <summary>
    /// Words that do not count at all: the reasons for an encounter, which a note says of the visit, not of a condition
    /// ("examination of the eye", "follow-up"), status and history, "infection" beside its organism or site (coded
    /// as the site's infection with the organism's B95–B97 code), and the index's connectors.
    /// </summary>
    private static readonly FrozenSet<string> UncountedWords = WordForms.NormalizedSet(
        "examination", "test", "follow", "up", "check", "screening", "observation", "encounter", "admission", "care",
        "therapy", "treatment", "status", "history", "personal", "family", "infection", "infected", "infective",
        "infectious", "nec", "nos", "with", "without");

    /// <summary>Endings of clinical terms (inflammation, condition, blood, tumour, disease, pain, paralysis ...): a single word with one names a condition.</summary>
    private static readonly string[] ClinicalEndings =
    [
        "itis", "osis", "iasis", "emia", "oma", "pathy", "algia", "plegia", "paresis", "trophy", "uria", "rrhea", "rrhagia",
        "megaly", "cele", "penia", "philia", "phobia", "plasia", "spasm", "ectasis", "ectasia", "lepsy", "ism", "malacia", "lith",
        "ptosis", "stasis", "cardia", "pnea", "tension", "stone",
    ];

    private enum Specificity
    {
        None,
        Specific,

        /// <summary>One clinical term on its own: specific enough for a disease code only.</summary>
        DiseaseName,
    }

    /// <summary>(phrase, billable code without dot) for every index term that leads to a code in the edition.</summary>
    public static IEnumerable<(string Phrase, string Code)> Of(IndexCodes index, CodeHierarchy hierarchy)
    {
        var entries = index.Index.Entries;
        var wordings = new IndexWordings(index);
        var path = new List<int>();
        for (var row = 0; row < entries.Count; row++)
        {
            path.RemoveRange(entries[row].Level, path.Count - entries[row].Level);
            path.Add(row);
            var codes = index.CodesFor(row);
            if (codes.Count == 0 || codes[0][0] is >= 'V' and <= 'Y' || path.Exists(r => NamesOtherType(entries[r].Term)))
            {
                continue; // no code in this edition; an external cause, which the note's injury does not name; another type
            }

            var codeRow = entries[index.CodeRowFor(row)];
            var sided = Sided(codes, codeRow.Code!, codeRow.Term, hierarchy).ToList();
            var mainName = wordings.NamesOf(path[0])[0];
            foreach (var phrase in wordings.Phrases(path))
            {
                var specificity = SpecificityOf(phrase, mainName);
                foreach (var (side, code) in sided)
                {
                    if (specificity == Specificity.Specific || (specificity == Specificity.DiseaseName && code[0] is >= 'A' and <= 'Q'))
                    {
                        yield return (side.Length == 0 ? phrase : phrase + ", " + side, code);
                    }
                }
            }
        }
    }

    /// <summary>
    /// "specified type NEC", "other", "unspecified": a subterm whose only words say that some other type is meant adds
    /// no word a note says, so its path would read as its parent's ("Diabetes, specified type NEC, with, neuropathy"
    /// E13.40 as "Diabetes, with, neuropathy" E11.40): such terms and those below them are left out.
    /// </summary>
    private static bool NamesOtherType(string term) =>
        WordForms.Words(term).Exists(w => w is "specified" or "other" or "unspecified" or "nec" or "nos") && WordForms.ContentWords(term.Replace("NEC", string.Empty, StringComparison.Ordinal).Replace("NOS", string.Empty, StringComparison.Ordinal)).Count == 0;

    /// <summary>
    /// Two words that name something, at least one of them not generic ("chronic pain", "heart disease", "carpal tunnel";
    /// not "Disease, specified", "Examination, eye", "Infection, colon"); or one, when it is the main term's whole name
    /// and has the form of a clinical term ("cholelithiasis", "stenocardia" — not "cold", "affection"), and then only
    /// for a disease (chapters A–Q: a lone word is no evidence of a symptom, an injury or a reason for an encounter).
    /// </summary>
    private static Specificity SpecificityOf(string phrase, string mainName)
    {
        var words = WordForms.ContentWords(TermText.Clean(phrase));
        var counted = words.Where(w => w.Length > 1 && !char.IsAsciiDigit(w[0]) && !UncountedWords.Contains(w)).Distinct(StringComparer.Ordinal).ToList();
        var named = counted.Count(w => !GenericWords.Contains(w));
        if (named >= 1 && counted.Count >= 2)
        {
            return Specificity.Specific;
        }

        return named == 1 && counted.Count == 1 && !words.Exists(w => char.IsAsciiDigit(w[0]))
            && WordForms.ContentWords(TermText.Clean(mainName)) is [var main] && main == counted[0]
            && ClinicalEndings.Any(e => main.EndsWith(e, StringComparison.Ordinal))
            ? Specificity.DiseaseName : Specificity.None;
    }

    /// <summary>
    /// The codes a phrase stands for, with the side word that selects each: one code (or codes that differ only in the
    /// 7th character, the episode) as they are; several: the published code's default ("", G56.00) and each side's
    /// code where the side's word picks out one code ("right", G56.01).
    /// </summary>
    private static IEnumerable<(string Side, string Code)> Sided(IReadOnlyList<string> codes, string published, string term, CodeHierarchy hierarchy)
    {
        if (codes.Count == 1 || codes.All(c => c.Length == 7 && string.CompareOrdinal(c, 0, codes[0], 0, 6) == 0))
        {
            foreach (var code in codes)
            {
                yield return (string.Empty, code);
            }

            yield break;
        }

        if (hierarchy.DefaultBillable(published.TrimEnd('-').TrimEnd('.')) is { } fallback && codes.Contains(fallback))
        {
            yield return (string.Empty, fallback);
        }

        foreach (var side in Sides)
        {
            var sided = codes.Where(c => Says(hierarchy, c, side) && !Sides.Any(other => other != side && Says(hierarchy, c, other))).ToList();

            // A dash code shared by several sites ("Cellulitis, lower limb" L03.11- holds the axilla's and the upper limb's
            // codes too): the term's own site words pick its codes (L03.115 "... of right lower limb").
            if (sided.Count > 1 && WordForms.ContentWords(term) is { Count: > 0 } site
                && sided.FindAll(c => hierarchy.Release.Find(c)?.LongDescription is { } title && site.TrueForAll(WordForms.ContentWords(title).Contains)) is { Count: > 0 } named)
            {
                sided = named;
            }
            if (sided.Count > 0 && sided.All(c => string.CompareOrdinal(c, 0, sided[0], 0, 6) == 0))
            {
                foreach (var code in sided)
                {
                    yield return (side, code);
                }
            }
        }
    }

    private static bool Says(CodeHierarchy hierarchy, string code, string word) =>
        CodeHierarchy.TitleHasWord(hierarchy.Release.Find(code)?.LongDescription, word);
}
