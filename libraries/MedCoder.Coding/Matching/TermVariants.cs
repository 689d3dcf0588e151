using System.Collections.Frozen;
using MedCoder.Coding.Collections;
using MedCoder.Coding.Reading;

namespace MedCoder.Coding.Matching;

/// <summary>
/// The other ways a note says a code-book description: the anatomical adjective for the organ ("hepatic steatosis"
/// for "fatty liver", "eye pain" for "ocular pain"), the tumour's morphology for "malignant neoplasm" ("carcinoma of
/// tongue"), "metastasis" for "secondary malignant neoplasm", either half of "A and B" ("anuria" for "Anuria and
/// oliguria"), an infectious disease by its organism, a title without its leading qualifier, "unilateral" left
/// unsaid beside a stated side. Word-level linguistic
/// equivalences only: no codes here, the codes stay those of the description the variant was made from.
/// </summary>
public static class TermVariants
{
    /// <summary>Groups of words that name the same thing (normalised with <see cref="WordForms.Normalize"/> when compiled).</summary>
    private static readonly string[][] WordGroups =
    [
        ["liver", "hepatic"], ["kidney", "renal"], ["lung", "pulmonary"], ["heart", "cardiac"], ["eye", "ocular"],
        ["skin", "cutaneous"], ["stomach", "gastric"], ["brain", "cerebral"], ["bladder", "vesical"],
        ["intestine", "intestinal", "bowel"], ["colon", "colonic"], ["rectum", "rectal"], ["esophagus", "esophageal"],
        ["pancreas", "pancreatic"], ["spleen", "splenic"], ["uterus", "uterine"], ["ovary", "ovarian"],
        ["testis", "testicular", "testicle"], ["prostate", "prostatic"], ["bronchus", "bronchial"], ["trachea", "tracheal"],
        ["larynx", "laryngeal"], ["pharynx", "pharyngeal"], ["nose", "nasal"], ["mouth", "oral"], ["breast", "mammary"],
        ["vertebra", "vertebral"], ["femur", "femoral"], ["tibia", "tibial"], ["humerus", "humeral"], ["fibula", "fibular"],
        ["abdomen", "abdominal"], ["thorax", "thoracic", "chest"], ["pelvis", "pelvic"], ["skull", "cranial"], ["adrenal", "suprarenal"],
        ["calculus", "stone", "lithiasis"], ["fatty", "steatosis"], ["disease", "disorder"],
        ["perforation", "perforated"], ["gangrene", "gangrenous"],
        ["hypoxia", "hypoxic", "hypoxemic"], ["inflamed", "irritated"], ["hypercapnia", "hypercapnic"], ["ischemia", "ischemic"],
        ["escherichia", "e"], // "E. coli"
        ["embolism", "embolic", "cardioembolic"], ["norwalk", "norovirus"], ["gastroenteropathy", "gastroenteritis"],
        ["shaft", "midshaft"],
    ];

    /// <summary>
    /// Groups for diagnosis titles only: "Bilateral primary osteoarthritis of knee" is "osteoarthritis of both knees",
    /// while a procedure's "Bilateral" body part value is not what "both" in an operative note states (ICD-10-PCS dev
    /// F1 0.467 → 0.449 with it).
    /// </summary>
    private static readonly string[][] DiagnosisWordGroups = [["bilateral", "both"]];

    /// <summary>Phrases of the code book and the morphologies or plain words a note uses for them (lower-case, whole words).</summary>
    private static readonly (string Phrase, string[] Written)[] PhraseVariants =
    [
        ("secondary and unspecified malignant neoplasm of", ["metastasis of", "metastases of", "metastatic"]),
        ("secondary malignant neoplasm of", ["metastasis of", "metastases of", "metastatic"]),
        ("malignant neoplasm of", ["carcinoma of", "cancer of", "adenocarcinoma of", "malignant tumor of", "sarcoma of"]),
        ("benign neoplasm of", ["benign tumor of"]),
        ("lumbago", ["low back pain"]),
        ("lower limb", ["lower leg", "leg", "lower extremity"]),
        ("upper limb", ["arm", "upper extremity"]),
        ("neoplasm of uncertain behavior of", ["tumor of uncertain behavior of"]),
        ("cerebral infarction", ["stroke", "cerebrovascular accident", "cva"]),
        ("alcohol induced", ["alcoholic"]), ("alcohol-induced", ["alcoholic"]),
        ("sacral region", ["sacrum", "sacral"]),
        ("pressure ulcer", ["pressure injury"]),
        ("complete rotator cuff tear", ["full-thickness rotator cuff tear", "full thickness rotator cuff tear", "full-thickness supraspinatus tear",
            "full thickness supraspinatus tear", "complete supraspinatus tear"]),

        // The supraspinatus is the rotator cuff's tendon that tears ("partial-thickness supraspinatus tear").
        ("rotator cuff tear", ["supraspinatus tear", "supraspinatus tendon tear"]),

        // "Bleeding gastric ulcer" is the ulcer "with hemorrhage" (K25.4); plain "bleeding" stays the Index's reading.
        ("with hemorrhage", ["bleeding", "with bleeding"]),

        // "Second-degree perineal laceration, repaired" in a delivery's note: a perineal tear is the delivery's (O70.-).
        ("perineal laceration during delivery", ["perineal laceration", "perineal tear"]),

        // A joint disorder's "ankle and foot" site (M10.07-, M19.07-) is any joint of the foot: "gout, left great toe (first MTP)".
        ("ankle and foot", ["foot", "toe", "great toe", "big toe", "hallux", "mtp", "metatarsophalangeal"]),
    ];

    /// <summary>Leading qualifiers a note often leaves out when it names the condition ("age-related nuclear cataract" as "nuclear cataract").</summary>
    private static readonly FrozenSet<string> DroppableModifiers = new[]
    {
        "acute", "chronic", "nonspecific", "adult", "dental", "idiopathic", "primary", "essential", "simple", "senile",
        "nonrheumatic", "nontraumatic", "spontaneous", "solitary",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Prefixes a note may write apart ("post-laminectomy") where the code book joins them ("Postlaminectomy syndrome").</summary>
    private static readonly string[] Prefixes = ["post", "pre", "non", "anti", "intra", "inter", "peri", "sub", "supra", "hypo", "hyper", "poly", "pseudo", "retro", "trans", "multi"];

    private static readonly FrozenDictionary<string, string[]> Equivalents = BuildEquivalents();

    /// <summary>
    /// The description's other wordings, each as its content words: one per phrase rewrite, and for the description
    /// and each rewrite one per word replaced by an equivalent and one with every such word replaced ("ovarian
    /// carcinoma" from "malignant neoplasm of ovary"); one per conjunct of an "A and B" pair; for an infectious disease
    /// (<paramref name="infectious"/>) its organism alone; then one per prefixed word written as two ("post laminectomy").
    /// </summary>
    public static IEnumerable<List<string>> Of(string cleanedDescription, Func<string, List<string>> contentWords, bool infectious = false, IReadOnlyDictionary<string, string[]>? equivalents = null)
    {
        equivalents ??= Equivalents;
        var lower = cleanedDescription.ToLowerInvariant();
        var words = contentWords(lower);
        // A rewritten phrase keeps the title's "A or B" choice: "full-thickness rotator cuff tear or rupture" is also "... tear".
        foreach (var rewrite in PhraseRewrites(lower).SelectMany(r => Conjuncts(r).Prepend(r)).Concat(Conjuncts(lower)))
        {
            var rewritten = contentWords(rewrite);
            yield return rewritten;
            foreach (var variant in WithEquivalents(rewritten, equivalents))
            {
                yield return variant;
            }
        }

        foreach (var variant in WithEquivalents(words, equivalents))
        {
            yield return variant;
        }

        // An infectious disease named by its organism alone: "Salmonella" for "Salmonella infection", "Lyme" for "Lyme disease".
        if (infectious && words.Count > 1 && words.FindAll(w => w is not ("infection" or "disease")) is { Count: > 0 } organism && organism.Count < words.Count)
        {
            yield return organism;
        }

        // "Gastro-esophageal reflux disease" as a note writes it: "gastroesophageal".
        if (lower.Contains('-', StringComparison.Ordinal) && JoinHyphenated(lower) is var joined && joined != lower)
        {
            yield return contentWords(joined);
        }

        // "Sprain of unspecified ligament of right ankle" is what "sprain of right ankle" says: a part the title leaves
        // unspecified inside a site ("of unspecified X of Y") is not a word the note needs.
        if (UnspecifiedPart(lower) is { } part && contentWords(part) is { Count: > 1 } withoutPart)
        {
            yield return withoutPart;
        }

        // "Unilateral primary osteoarthritis, right knee": a stated side says unilateral ("osteoarthritis of right knee").
        if (words.Count > 2 && words[0] == "unilateral" && (words.Contains("right") || words.Contains("left")))
        {
            yield return words[1..];
            if (WithoutLeadingModifier(words[1..]) is { Count: > 2 } unqualified)
            {
                yield return unqualified; // "osteoarthritis of left hip": primary is the default (M16.12)
            }
        }

        for (var i = 0; i < words.Count; i++)
        {
            foreach (var prefix in Prefixes)
            {
                if (words[i].Length >= prefix.Length + 4 && words[i].StartsWith(prefix, StringComparison.Ordinal))
                {
                    var split = new List<string>(words);
                    split[i] = words[i][prefix.Length..];
                    split.Insert(i, prefix);
                    yield return split;
                    break;
                }
            }
        }
    }

    /// <summary>"gastro-esophageal" → "gastroesophageal": hyphenated words of letters joined.</summary>
    public static string JoinHyphenated(string lower)
    {
        var builder = new System.Text.StringBuilder(lower.Length);
        for (var i = 0; i < lower.Length; i++)
        {
            if (lower[i] == '-' && i > 0 && i + 1 < lower.Length && char.IsLetter(lower[i - 1]) && char.IsLetter(lower[i + 1]))
            {
                continue;
            }

            builder.Append(lower[i]);
        }

        return builder.ToString();
    }

    /// <summary>"sprain of unspecified ligament of right ankle" → "sprain of right ankle"; null when there is no such part.</summary>
    private static string? UnspecifiedPart(string lower)
    {
        var at = lower.IndexOf(" of unspecified ", StringComparison.Ordinal);
        if (at < 0)
        {
            return null;
        }

        var partStart = at + " of unspecified ".Length;
        var partEnd = lower.IndexOf(' ', partStart);
        if (partEnd < 0 || !(lower.AsSpan(partEnd).StartsWith(" of ") || lower.AsSpan(partEnd).StartsWith(" at ") || lower.AsSpan(partEnd).StartsWith(" in ")))
        {
            return null;
        }

        return string.Concat(lower.AsSpan(0, at), lower.AsSpan(partEnd));
    }

    /// <summary>The description with its first code-book phrase written each way a note writes it.</summary>
    private static IEnumerable<string> PhraseRewrites(string lower)
    {
        foreach (var (phrase, written) in PhraseVariants)
        {
            var at = lower.IndexOf(phrase, StringComparison.Ordinal);
            if (at < 0)
            {
                continue;
            }

            foreach (var w in written)
            {
                yield return string.Concat(lower.AsSpan(0, at), w, lower.AsSpan(at + phrase.Length));
            }

            yield break; // "secondary malignant neoplasm of" is not also a plain malignant one
        }
    }

    /// <summary>
    /// "A and B" said as either: "Anuria and oliguria" is also "anuria", "Pelvic and perineal pain" also "perineal
    /// pain"; likewise "A or B" ("rotator cuff tear or rupture" is a "rotator cuff tear"). The first such pair of each,
    /// of single words.
    /// </summary>
    private static IEnumerable<string> Conjuncts(string lower)
    {
        foreach (var conjunction in (string[])[" and ", " or "])
        {
            var at = lower.IndexOf(conjunction, StringComparison.Ordinal);
            if (at <= 0)
            {
                continue;
            }

            var after = at + conjunction.Length;
            var start = lower.LastIndexOf(' ', at - 1) + 1;
            var end = lower.IndexOfAny([' ', ','], after);
            end = end < 0 ? lower.Length : end;
            if (start >= at || end <= after || lower[start..at].Contains(',', StringComparison.Ordinal))
            {
                continue;
            }

            yield return string.Concat(lower.AsSpan(0, at), lower.AsSpan(end));
            yield return string.Concat(lower.AsSpan(0, start), lower.AsSpan(after));
        }
    }

    /// <summary>One wording per word replaced by each of its equivalents, and one with every such word replaced.</summary>
    private static IEnumerable<List<string>> WithEquivalents(List<string> words, IReadOnlyDictionary<string, string[]> equivalents)
    {
        var all = new List<string>(words);
        var replaced = 0;
        for (var i = 0; i < words.Count; i++)
        {
            if (!equivalents.TryGetValue(words[i], out var others))
            {
                continue;
            }

            foreach (var other in others)
            {
                yield return new List<string>(words) { [i] = other };
            }

            all[i] = others[0];
            replaced++;
        }

        if (replaced > 1)
        {
            yield return all;
        }
    }

    /// <summary>A description's content words without its leading qualifier ("age related" counts as one); null when it has none to drop.</summary>
    public static List<string>? WithoutLeadingModifier(List<string> words)
    {
        var skip = words.Count > 2 && words[0] == "age" && words[1] == "related" ? 2 : words.Count > 1 && DroppableModifiers.Contains(words[0]) ? 1 : 0;
        return skip > 0 && words.Count > skip ? words[skip..] : null;
    }

    /// <summary>Equivalents for diagnosis titles: the word groups here, the diagnosis-only ones and more pairs (<see cref="AnatomicalAdjectives"/>).</summary>
    public static FrozenDictionary<string, string[]> EquivalentsWith(IEnumerable<(string, string)> pairs) =>
        BuildEquivalents(WordGroups.Concat(DiagnosisWordGroups).Concat(pairs.Select(p => new[] { p.Item1, p.Item2 })));

    private static FrozenDictionary<string, string[]> BuildEquivalents() => BuildEquivalents(WordGroups);

    private static FrozenDictionary<string, string[]> BuildEquivalents(IEnumerable<string[]> groups)
    {
        var map = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var group in groups)
        {
            var words = group.Select(w => WordForms.Normalize(w)).Distinct(StringComparer.Ordinal).ToArray();
            foreach (var word in words)
            {
                var others = map.ListFor(word);
                others.AddRange(words.Where(w => w != word && !others.Contains(w)));
            }
        }

        return map.Where(p => p.Value.Count > 0).ToFrozenDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
    }
}
