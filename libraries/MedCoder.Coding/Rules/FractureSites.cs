using System.Collections.Frozen;
using MedCoder.CodeSets.Icd10Cm;
using MedCoder.Coding.Reading;
using MedCoder.Contracts.Coding;

namespace MedCoder.Coding.Rules;

/// <summary>
/// A fracture looked up as a coder does, in the Alphabetic Index under "Fracture, traumatic": bone, then site, then
/// displacement, following "see" references ("scaphoid" → "carpal, navicular"), with the words notes use for the index's
/// ("waist" for "middle third", "distal" for "lower end", "femoral" for "femur", "boxer's" for the fifth metacarpal's
/// neck). The code is then completed as the Tabular says: the side stated, displaced unless said nondisplaced
/// (I.C.19.c.1), closed unless said open, and the encounter's 7th character. A fracture code the dictionary read from the
/// same sentence (a bone without its site, "Unspecified fracture of left foot", an injury of an unspecified region) gives
/// way to it. Claim purpose only.
/// </summary>
public sealed class FractureSites
{
    private const int MaxDepth = 8;

    // Index words a note leaves unsaid ("carpal bone(s)", "NEC", "lateral malleolus only") and the main term's own.
    private static readonly FrozenSet<string> Unsaid = WordForms.NormalizedSet("bone", "bones", "s", "nec", "specified", "traumatic", "fracture", "region", "only");

    // The note's word → the index's words it stands for.
    private static readonly (string Written, string[] Index)[] Synonyms =
    [
        ("scaphoid", ["navicular"]), ("waist", ["middle", "third"]), ("distal", ["lower", "end"]), ("proximal", ["upper", "end"]),
        ("buckle", ["torus"]), ("femoral", ["femur"]), ("radial", ["radius"]), ("ulnar", ["ulna"]), ("humeral", ["humerus"]),
        ("tibial", ["tibia"]), ("fibular", ["fibula"]), ("clavicular", ["clavicle"]), ("patellar", ["patella"]), ("calcaneal", ["calcaneus"]),
        ("vertebral", ["vertebra"]), ("pelvic", ["pelvis"]), ("sacral", ["sacrum"]), ("boxer", ["metacarpal", "fifth", "neck"]),
        ("5th", ["fifth"]), ("4th", ["fourth"]), ("3rd", ["third"]), ("2nd", ["second"]), ("1st", ["first"]),
    ];

    private static readonly FrozenSet<string> FractureWords = WordForms.NormalizedSet("fracture", "fractures", "fx");

    // Fractures the traumatic subtree does not code: a pathological, stress or osteoporotic fracture is M80–M84.
    private static readonly FrozenSet<string> NotTraumatic = WordForms.NormalizedSet("pathologic", "pathological", "stress", "osteoporotic", "insufficiency", "fragility");

    private static readonly FrozenSet<string> Ordinals = WordForms.NormalizedSet("first", "second", "third", "fourth", "fifth", "great", "lesser");

    private readonly IndexCodes? _index;
    private readonly Icd10CmRelease _release;
    private readonly int _root;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, int> _loose = new(StringComparer.Ordinal);
    private readonly FrozenDictionary<string, string[]> _synonyms = Synonyms.ToFrozenDictionary(s => WordForms.Normalize(s.Written), s => s.Index.Select(w => WordForms.Normalize(w)).ToArray(), StringComparer.Ordinal);

    public FractureSites(IndexCodes? index, Icd10CmRelease release)
    {
        _index = index;
        _release = release;
        _root = index is null ? -1 : index.Index.MainTerms.FirstOrDefault(r => index.Index.Entries[r].Term == "Fracture, traumatic", -1);
    }

    /// <summary>Replaces each fracture code read from a sentence by the code the Index gives that sentence's words, when they lead further.</summary>
    public void Apply(IReadOnlyList<ReadNote> notes, List<Candidate> candidates, Func<ReadNote, char> episodeOf)
    {
        if (_root < 0)
        {
            return;
        }

        // A code the Index's path does not improve on stays ("Colles' fracture of left radius" is its own main term).
        Candidate.RecodeEach(candidates, c => c.System == CodeSystems.Icd10Cm && IsFractureCode(c.Code) && Looked(notes, c, episodeOf) is { } code
            && Vagueness(code) <= Vagueness(c.Code) ? code : null, "index:fracture");
    }

    private bool IsFractureCode(string code) =>
        code.StartsWith("T148", StringComparison.Ordinal)
        || (code[0] == 'S' && _release.Find(code)?.LongDescription is { } title && title.Contains("fracture", StringComparison.OrdinalIgnoreCase));

    /// <summary>The code the Index gives the first evidence sentence that names a traumatic fracture; null when none leads to one.</summary>
    private string? Looked(IReadOnlyList<ReadNote> notes, Candidate c, Func<ReadNote, char> episodeOf)
    {
        // The diagnostic statement's sentence first (a postoperative diagnosis over the indication's).
        var sentences = c.Evidence
            .Select(span => (Span: span, Read: EvidenceSentences.Of(notes, span)))
            .Where(e => e.Read is not null)
            .OrderBy(e => SectionKinds.DiagnosticPriority(e.Read!.Value.Sentence.Section) is var p and >= 0 ? p : int.MaxValue);
        foreach (var (span, read) in sentences)
        {
            var (note, sentence) = read!.Value;
            if (Words(note, sentence) is not { } words)
            {
                continue;
            }

            // A sentence that names no side keeps the side the code already has ("Displaced fracture of the fifth metacarpal neck").
            if (!words.Contains("right") && !words.Contains("left") && SideOf(c.Code) is { } side)
            {
                words.Add(side);
            }

            var (row, _, _, _) = Descend(_root, words, depth: 0, matched: 0, references: 0);
            if (row != _root && Complete(_index!.CodesFor(row), words, episodeOf(note)) is { } code)
            {
                return code;
            }
        }

        return null;
    }

    private int Vagueness(string code) =>
        code.StartsWith("T148", StringComparison.Ordinal) ? int.MaxValue
        : _release.Find(code)?.LongDescription is { } title
            ? (title.Contains("unspecified", StringComparison.OrdinalIgnoreCase) || title.StartsWith("Other ", StringComparison.Ordinal) ? 1 : 0)
            : int.MaxValue;

    private string? SideOf(string code) =>
        _release.Find(code)?.LongDescription is not { } title ? null
        : title.Contains(" right ", StringComparison.OrdinalIgnoreCase) ? "right"
        : title.Contains(" left ", StringComparison.OrdinalIgnoreCase) ? "left" : null;

    /// <summary>The sentence's words with the index words they stand for; null when it names no traumatic fracture.</summary>
    private HashSet<string>? Words(ReadNote note, NoteSentence sentence)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        var (fracture, plural) = (false, false);
        for (var t = sentence.FirstToken; t < sentence.EndToken; t++)
        {
            var word = note.Tokens[t].Word;
            fracture |= FractureWords.Contains(word);
            if (NotTraumatic.Contains(word))
            {
                return null;
            }

            words.Add(word is "r" or "l" && StatedSide.IsSideLetter(note, t) ? (word == "r" ? "right" : "left") : word);
            if (_synonyms.TryGetValue(word, out var index))
            {
                words.UnionWith(index);
            }

            // "Rib fractures", "fractures of the 6th-8th ribs": more than one.
            var token = note.Tokens[t];
            plural |= token.End - token.Start > 3 && note.Text[token.End - 1] is 's' or 'S' && word is "fracture" or "rib";
        }

        if (plural)
        {
            words.Add("multiple");
        }

        return fracture ? words : null;
    }

    /// <summary>The deepest term whose every word the sentence says, explaining the most of its words; "see" references followed.</summary>
    private (int Row, int Depth, int Matched, int References) Descend(int row, HashSet<string> words, int depth, int matched, int references)
    {
        var index = _index!;
        var best = (Row: index.CodesFor(row).Count > 0 ? row : -1, Depth: depth, Matched: matched, References: references);
        if (depth >= MaxDepth)
        {
            return best;
        }

        foreach (var child in index.Index.Children(row))
        {
            var term = TermWords(index.Index.Entries[child].Term);
            if (term.Count == 0 || !term.TrueForAll(words.Contains))
            {
                continue;
            }

            var next = Referenced(child);
            var found = Descend(next, words, depth + 1, matched + term.Count, references + (next == child ? 0 : 1));
            if (found.Row >= 0 && (best.Row < 0 || found.Matched > best.Matched
                || (found.Matched == best.Matched && (found.References < best.References || (found.References == best.References && found.Depth > best.Depth)))))
            {
                best = found;
            }
        }

        return best.Row < 0 ? (row, depth, matched, references) : best;
    }

    /// <summary>
    /// Where a term leads: the term its "see" names (or its "see also" when it has no code of its own), else itself. A
    /// reference the index writes loosely ("Fracture, carpal, navicular" for "carpal bone(s), navicular") is found by words.
    /// </summary>
    private int Referenced(int row)
    {
        var index = _index!;
        var entry = index.Index.Entries[row];
        if (entry.See is { } see)
        {
            return index.Index.SeeTarget(row) is var target and >= 0 && Traumatic(target) ? target : _loose.GetOrAdd(see, Loose);
        }

        if (index.CodesFor(row).Count == 0 && entry.SeeAlso is { } also)
        {
            return index.Index.SeeAlsoTarget(row) is var target and >= 0 && Traumatic(target) ? target : _loose.GetOrAdd(also, Loose);
        }

        return row;
    }

    /// <summary>
    /// Whether a row is in the traumatic fractures' subtree: the index writes "see Fracture, ankle" for "Fracture,
    /// traumatic, ankle", and a lookup by main term may land on "Fracture, pathological, ankle" (M84.47-) instead.
    /// </summary>
    private bool Traumatic(int row)
    {
        var entries = _index!.Index.Entries;
        while (row > 0 && entries[row].Level > 0)
        {
            row--;
        }

        return row == _root;
    }

    /// <summary>A "Fracture, ..." reference followed from the traumatic fractures down, each name a subset of a subterm's words; the root when it leads nowhere.</summary>
    private int Loose(string reference)
    {
        var parts = reference.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length < 2 || !parts[0].Equals("Fracture", StringComparison.OrdinalIgnoreCase))
        {
            return _root;
        }

        var at = _root;
        foreach (var part in parts.Skip(1))
        {
            var wanted = TermWords(part);
            if (wanted.Count == 0)
            {
                continue;
            }

            var next = _index!.Index.Children(at).FirstOrDefault(child => wanted.TrueForAll(TermWords(_index.Index.Entries[child].Term).Contains), -1);
            if (next < 0)
            {
                return _root;
            }

            at = next;
        }

        return at;
    }

    private static List<string> TermWords(string term)
    {
        var words = WordForms.ContentWords(term);
        words.RemoveAll(Unsaid.Contains);
        return words;
    }

    /// <summary>The code among the term's that the sentence completes: side, displacement, open or closed, the 7th character.</summary>
    private string? Complete(IReadOnlyList<string> codes, HashSet<string> words, char episode)
    {
        var side = words.Contains("right") ? "right" : words.Contains("left") ? "left" : null;
        var nondisplaced = words.Contains("nondisplaced");
        var open = words.Contains("open") ? 'B' : episode;
        string? best = null;
        var bestScore = int.MinValue;
        foreach (var code in codes)
        {
            if (code.Length != 7 || code[6] != (episode == Episodes.Initial ? open : episode) || _release.Find(code)?.LongDescription is not { } title)
            {
                continue;
            }

            var lower = title.ToLowerInvariant();
            var score = 0;
            foreach (var word in WordForms.ContentWords(title))
            {
                // "fifth metacarpal", "multiple ribs": a title word the sentence says counts; an ordinal it does not say is another bone.
                score += words.Contains(word) ? 1 : Ordinals.Contains(word) ? -3 : 0;
            }

            score += side is null ? (lower.Contains("unspecified") ? 2 : lower.Contains("right") || lower.Contains("left") ? -4 : 0)
                : lower.Contains(side) ? 4 : -8;
            score += nondisplaced ? (lower.StartsWith("nondisplaced", StringComparison.Ordinal) ? 2 : -4)
                : lower.StartsWith("displaced", StringComparison.Ordinal) ? 2 : lower.StartsWith("nondisplaced", StringComparison.Ordinal) ? -4 : 0;
            if (score > bestScore)
            {
                (best, bestScore) = (code, score);
            }
        }

        return best;
    }
}
