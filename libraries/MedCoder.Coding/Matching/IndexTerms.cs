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
/// phrase. Codes are those of the edition in force (<see cref="IndexCodes"/>): a code still to be completed (G56.0-)
/// stands for its default (G56.00) and, with "right", "left" or "bilateral", for that side's code (G56.01). A term
/// the index says is the same as a main term ("Neuropathy, peripheral", see also "Polyneuropathy", both G62.9) is
/// another name for it where it is a subterm ("Diabetes, with, peripheral neuropathy"). Phrases that name nothing
/// specific are left out: fewer than two words beyond generic nouns and qualifiers ("Disease, heart", "Abnormal,
/// albumin"), unless the one word is the main term's own ("Cholelithiasis").
/// </summary>
public static class IndexTerms
{
    private const int MaxPhrasesPerTerm = 6;
    private const int MaxFormsPerName = 3;

    private static readonly string[] Sides = ["right", "left", "bilateral"];

    /// <summary>Words that name no condition by themselves: generic heads of the index and the qualifiers of its subterms.</summary>
    private static readonly FrozenSet<string> GenericWords = new[]
    {
        "disease", "disorder", "syndrome", "condition", "abnormal", "abnormality", "anomaly", "lesion", "complication",
        "problem", "finding", "status", "history", "mass", "defect", "deformity", "dysfunction", "disturbance", "failure",
        "insufficiency", "injury", "reaction", "change", "state", "effect", "personal", "family", "involvement",
        "acute", "chronic", "subacute", "left", "right", "bilateral", "unilateral", "multiple", "single", "congenital",
        "acquired", "primary", "secondary", "recurrent", "severe", "mild", "moderate", "simple", "part", "region",
        "organ", "body", "system", "general", "generalized", "localized", "unknown", "late", "early", "old", "stage",
        "grade", "degree", "level", "nec", "nos", "with", "without", "following", "affecting", "involving",
        "examination", "test", "follow", "up", "check", "screening", "observation", "encounter", "admission", "care",
        "therapy", "treatment", "infection", "infected", "infective", "infectious",
    }.Select(w => WordForms.Normalize(w)).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Endings of clinical terms (inflammation, condition, blood, tumour, disease, pain, paralysis ...): a single word with one names a condition.</summary>
    private static readonly string[] ClinicalEndings =
    [
        "itis", "osis", "iasis", "emia", "oma", "pathy", "algia", "plegia", "paresis", "trophy", "uria", "rrhea", "rrhagia",
        "megaly", "cele", "penia", "philia", "phobia", "plasia", "spasm", "ectasis", "ectasia", "lepsy", "ism", "malacia", "lith",
        "ptosis", "stasis", "cardia", "pnea", "tension", "stone",
    ];

    /// <summary>(phrase, billable code without dot) for every index term that leads to a code in the edition.</summary>
    public static IEnumerable<(string Phrase, string Code)> Of(IndexCodes index, CodeHierarchy hierarchy)
    {
        var entries = index.Index.Entries;
        var synonyms = Synonyms(index);
        var sites = SiteAliases(index);
        var inverted = InvertedNames(index);
        var path = new List<int>();
        for (var row = 0; row < entries.Count; row++)
        {
            path.RemoveRange(entries[row].Level, path.Count - entries[row].Level);
            path.Add(row);
            var codes = index.CodesFor(row);
            if (path.Exists(r => NamesOtherType(entries[r].Term)))
            {
                continue;
            }

            if (codes.Count == 0 || codes[0][0] is >= 'V' and <= 'Y')
            {
                continue; // no code in this edition; or an external cause, which the note's injury does not name
            }

            var published = entries[index.CodeRowFor(row)].Code!;
            var mainName = Names(entries[path[0]], synonyms)[0];
            foreach (var phrase in Phrases(entries, path, synonyms, sites, inverted))
            {
                foreach (var (side, code) in Sided(codes, published, hierarchy))
                {
                    if (IsSpecific(phrase, mainName, code))
                    {
                        yield return (side.Length == 0 ? phrase : phrase + ", " + side, code);
                    }
                }
            }
        }
    }

    /// <summary>
    /// The path's names combined: a main term's forms, a subterm's synonyms, a site by its part.
    /// </summary>
    private static IEnumerable<string> Phrases(IReadOnlyList<AlphabeticIndexEntry> entries, List<int> path, IReadOnlyDictionary<string, string> synonyms, ILookup<string, (string Site, string Part)> sites, ILookup<int, string> inverted)
    {
        var mainNames = Names(entries[path[0]], synonyms);
        var phrases = Combine(mainNames, entries, path, 1, synonyms);

        // "Cholelithiasis", see "Calculus, gallbladder": one word for the main term and subterm it names, also below
        // them ("Calculus, gallbladder, with, cholecystitis, acute, with, chronic cholecystitis" is "cholelithiasis
        // with acute and chronic cholecystitis").
        for (var end = 1; end < path.Count; end++)
        {
            foreach (var name in inverted[path[end]])
            {
                phrases.AddRange(Combine([name], entries, path, end + 1, synonyms));
            }
        }

        // "Diverticulum, sigmoid", see "Diverticulosis, intestine, large": in that family the sigmoid is a part of
        // the large intestine, so "Diverticulitis, intestine, large" is also "Diverticulitis, sigmoid".
        foreach (var (site, part) in sites[Family(entries[path[0]].Term)])
        {
            var words = string.Empty;
            for (var end = 1; end < path.Count && words.Length <= site.Length; end++)
            {
                words = Key(words + " " + entries[path[end]].Term);
                if (words == site)
                {
                    phrases.AddRange(Combine([.. mainNames.Select(n => n + ", " + part)], entries, path, end + 1, synonyms));
                    break;
                }
            }
        }

        return phrases.Distinct(StringComparer.Ordinal);
    }

    private static List<string> Combine(List<string> start, IReadOnlyList<AlphabeticIndexEntry> entries, List<int> path, int from, IReadOnlyDictionary<string, string> synonyms)
    {
        var phrases = start;
        for (var i = from; i < path.Count; i++)
        {
            var names = Names(entries[path[i]], synonyms);
            phrases = [.. phrases.SelectMany(p => names.Select(n => p + ", " + n)).Take(MaxPhrasesPerTerm)];
        }

        return phrases;
    }

    /// <summary>
    /// A term's names with its modifiers in parentheses: its forms when they share a stem ("Diabetes, diabetic"), else
    /// its title ("Calculosis, intrahepatic"); NEC and NOS dropped; a subterm the index equates with a main term also
    /// by that term's other name.
    /// </summary>
    private static List<string> Names(AlphabeticIndexEntry entry, IReadOnlyDictionary<string, string> synonyms)
    {
        var title = entry.Term.Replace(" NEC", string.Empty, StringComparison.Ordinal).Replace(" NOS", string.Empty, StringComparison.Ordinal);
        var parts = title.Split(", ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        List<string> names = parts.Length > 1 && parts.All(p => SameStem(p, parts[0])) ? [.. parts.Take(MaxFormsPerName)] : [title];
        if (entry.Level > 0 && synonyms.TryGetValue(Key(title), out var synonym))
        {
            names.Add(synonym);
        }

        var modifiers = entry.Modifiers.Count == 0 ? string.Empty : " (" + string.Join(") (", entry.Modifiers) + ")";
        return [.. names.Select(n => n + modifiers)];
    }

    /// <summary>
    /// "specified type NEC", "other", "unspecified": a subterm whose only words say that some other type is meant adds
    /// no word a note says, so its path would read as its parent's ("Diabetes, specified type NEC, with, neuropathy"
    /// E13.40 as "Diabetes, with, neuropathy" E11.40): such terms and those below them are left out.
    /// </summary>
    private static bool NamesOtherType(string term) =>
        WordForms.Words(term).Exists(w => w is "specified" or "other" or "unspecified" or "nec" or "nos") && WordForms.ContentWords(term.Replace("NEC", string.Empty, StringComparison.Ordinal).Replace("NOS", string.Empty, StringComparison.Ordinal)).Count == 0;

    /// <summary>
    /// At least two words that name something; or one, when it is the main term's whole name, has the form of a clinical
    /// term ("cholelithiasis", "stenocardia" — not "cold", "affection") and leads to a disease (chapters A–Q; a lone
    /// word is no evidence of a symptom, an injury or a reason for an encounter: "examination", "symptoms").
    /// </summary>
    private static bool IsSpecific(string phrase, string mainName, string code)
    {
        var words = WordForms.ContentWords(TermText.Clean(phrase));
        var specific = words.Where(w => w.Length > 1 && !GenericWords.Contains(w) && !char.IsAsciiDigit(w[0])).Distinct(StringComparer.Ordinal).ToList();
        if (specific.Count >= 2)
        {
            return true;
        }

        return specific.Count == 1 && !words.Exists(w => char.IsAsciiDigit(w[0])) && code[0] is >= 'A' and <= 'Q'
            && WordForms.ContentWords(TermText.Clean(mainName)) is [var main] && main == specific[0]
            && ClinicalEndings.Any(e => main.EndsWith(e, StringComparison.Ordinal));
    }

    /// <summary>
    /// "Neuropathy, peripheral" (G62.9, see also Polyneuropathy) names what the main term "Polyneuropathy" (G62.9)
    /// names: its words become another name for "polyneuropathy" as a subterm. Only a main term or its direct subterm,
    /// only where both lead to the same codes.
    /// </summary>
    private static Dictionary<string, string> Synonyms(IndexCodes index)
    {
        var entries = index.Index.Entries;
        var synonyms = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var row = 0; row < entries.Count; row++)
        {
            var target = index.Index.SeeAlsoTarget(row);
            if (entries[row].Level > 1 || target < 0 || entries[target].Level != 0 || index.CodesOf(row).Count == 0
                || !index.CodesOf(row).SequenceEqual(index.CodesOf(target)))
            {
                continue;
            }

            var words = entries[row].Level == 0 ? entries[row].Term : entries[row].Term + " " + entries[entries[row].Parent].Term.Split(", ")[0];
            synonyms.TryAdd(Key(entries[target].Term.Split(", ")[0]), words);
        }

        return synonyms;
    }

    /// <summary>
    /// Main terms that are another name for a subterm: a main term with no code of its own whose "see" names a subterm
    /// ("Cholelithiasis", see "Calculus, gallbladder"). By the subterm's row; the name keeps its modifiers.
    /// </summary>
    private static ILookup<int, string> InvertedNames(IndexCodes index)
    {
        var entries = index.Index.Entries;
        return index.Index.MainTerms
            .Where(row => entries[row].Code is null && index.Index.SeeTarget(row) is var target and >= 0 && entries[target].Level > 0)
            .ToLookup(row => index.Index.SeeTarget(row), row => entries[row].Title);
    }

    /// <summary>
    /// Sites the index names by their part within one family of main terms: "Diverticulum, sigmoid" refers to
    /// "Diverticulosis, intestine, large", so within the "divert…" main terms the words "intestine large" may be said as
    /// "sigmoid" (also colon, cecum, rectum; duodenum, jejunum, ileum for the small intestine). By family (a main
    /// term's first six letters), as (the site's words, the part).
    /// </summary>
    private static ILookup<string, (string Site, string Part)> SiteAliases(IndexCodes index)
    {
        var entries = index.Index.Entries;
        var aliases = new List<(string Family, string Site, string Part)>();
        for (var row = 0; row < entries.Count; row++)
        {
            var target = index.Index.SeeTarget(row);
            if (entries[row].Level != 1 || target < 0 || entries[target].Level == 0)
            {
                continue;
            }

            var targetMain = target;
            var site = string.Empty;
            for (; entries[targetMain].Level > 0; targetMain = entries[targetMain].Parent)
            {
                site = entries[targetMain].Term + " " + site;
            }

            var family = Family(entries[entries[row].Parent].Term);
            if (targetMain != entries[row].Parent && family.Length == 6 && family == Family(entries[targetMain].Term) && Key(entries[row].Term) is { Length: > 0 } part && part != Key(site))
            {
                aliases.Add((family, Key(site), entries[row].Term.Replace(" NEC", string.Empty, StringComparison.Ordinal)));
            }
        }

        return aliases.Distinct().ToLookup(a => a.Family, a => (a.Site, a.Part), StringComparer.Ordinal);
    }

    private static string Family(string mainTerm) => mainTerm.Length >= 6 ? mainTerm[..6].ToLowerInvariant() : string.Empty;

    /// <summary>A name as its content words in order of spelling, so that "intestine, large" and "large intestine" agree.</summary>
    private static string Key(string name) => string.Join(' ', WordForms.ContentWords(name).Order(StringComparer.Ordinal));

    private static bool SameStem(string a, string b) =>
        a.Length >= 3 && b.Length >= 3 && !a.Contains(' ', StringComparison.Ordinal) && !b.Contains(' ', StringComparison.Ordinal)
        && string.Compare(a, 0, b, 0, 3, StringComparison.OrdinalIgnoreCase) == 0;

    /// <summary>
    /// The codes a phrase stands for, with the side word that selects each: one code (or codes that differ only in the
    /// 7th character, the episode) as they are; several: the published code's default ("", G56.00) and each side's
    /// code where the side's word picks out one code ("right", G56.01).
    /// </summary>
    private static IEnumerable<(string Side, string Code)> Sided(IReadOnlyList<string> codes, string published, CodeHierarchy hierarchy)
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
        hierarchy.Release.Find(code)?.LongDescription is { } description
        && description.Split(' ', ',', '(', ')').Contains(word, StringComparer.OrdinalIgnoreCase);
}
