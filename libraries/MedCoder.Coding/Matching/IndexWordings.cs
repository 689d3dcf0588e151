using MedCoder.CodeSets.Icd10Cm;
using MedCoder.Coding.Reading;

namespace MedCoder.Coding.Matching;

/// <summary>
/// How the Alphabetic Index's own cross-references let a path be worded (<see cref="IndexTerms"/>): a main term's forms
/// ("Calculus, calculi, calculous"), the words of a term the index equates with a main term ("Neuropathy, peripheral",
/// see also "Polyneuropathy"), a main term that names a subterm ("Cholelithiasis", see "Calculus, gallbladder") and a
/// site by its part ("Diverticulum, sigmoid", see "Diverticulosis, intestine, large"). Each term's names are worked out
/// once.
/// </summary>
internal sealed class IndexWordings
{
    private const int MaxPhrasesPerTerm = 6;
    private const int MaxFormsPerName = 3;

    private readonly IReadOnlyList<AlphabeticIndexEntry> _entries;
    private readonly Dictionary<string, string> _synonyms;
    private readonly ILookup<int, string> _inverted;
    private readonly ILookup<string, (string Site, string Part)> _sites;
    private readonly List<string>?[] _names;

    public IndexWordings(IndexCodes index)
    {
        _entries = index.Index.Entries;
        _synonyms = Synonyms(index);
        _inverted = InvertedNames(index);
        _sites = SiteAliases(index);
        _names = new List<string>?[_entries.Count];
    }

    /// <summary>
    /// A term's names with its modifiers in parentheses: its forms when they share a stem ("Diabetes, diabetic"), else
    /// its title ("Calculosis, intrahepatic"); NEC and NOS dropped; a subterm the index equates with a main term also
    /// by that term's other name.
    /// </summary>
    public List<string> NamesOf(int row) => _names[row] ??= Names(_entries[row]);

    /// <summary>The phrases of a path of rows from a main term down: its names combined, and its other wordings.</summary>
    public List<string> Phrases(List<int> path)
    {
        var mainNames = NamesOf(path[0]);
        var phrases = Combine(mainNames, path, 1);

        // "Cholelithiasis", see "Calculus, gallbladder": one word for the main term and subterm it names, also below
        // them ("Calculus, gallbladder, with, cholecystitis, acute, with, chronic cholecystitis" is "cholelithiasis
        // with acute and chronic cholecystitis").
        for (var end = 1; end < path.Count; end++)
        {
            foreach (var name in _inverted[path[end]])
            {
                phrases.AddRange(Combine([name], path, end + 1));
            }
        }

        // "Diverticulum, sigmoid", see "Diverticulosis, intestine, large": in that family the sigmoid is a part of
        // the large intestine, so "Diverticulitis, intestine, large" is also "Diverticulitis, sigmoid".
        foreach (var (site, part) in _sites[Family(_entries[path[0]].Term)])
        {
            var words = string.Empty;
            for (var end = 1; end < path.Count && words.Length <= site.Length; end++)
            {
                words = Key(words + " " + _entries[path[end]].Term);
                if (words == site)
                {
                    phrases.AddRange(Combine([.. mainNames.Select(n => n + ", " + part)], path, end + 1));
                    break;
                }
            }
        }

        return [.. phrases.Distinct(StringComparer.Ordinal)];
    }

    private List<string> Combine(List<string> start, List<int> path, int from)
    {
        List<string> phrases = [.. start]; // a copy: the names of a term are kept for the next path
        for (var i = from; i < path.Count; i++)
        {
            var names = NamesOf(path[i]);
            phrases = [.. phrases.SelectMany(p => names.Select(n => p + ", " + n)).Take(MaxPhrasesPerTerm)];
        }

        return phrases;
    }

    private List<string> Names(AlphabeticIndexEntry entry)
    {
        var title = entry.Term.Replace(" NEC", string.Empty, StringComparison.Ordinal).Replace(" NOS", string.Empty, StringComparison.Ordinal);
        var parts = title.Split(", ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        List<string> names = parts.Length > 1 && parts.All(p => SameStem(p, parts[0])) ? [.. parts.Take(MaxFormsPerName)] : [title];
        if (entry.Level > 0 && _synonyms.TryGetValue(Key(title), out var synonym))
        {
            names.Add(synonym);
        }

        var modifiers = entry.Modifiers.Count == 0 ? string.Empty : " (" + string.Join(") (", entry.Modifiers) + ")";
        return [.. names.Select(n => n + modifiers)];
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
}
