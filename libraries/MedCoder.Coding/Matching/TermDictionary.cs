using System.Collections.Frozen;
using MedCoder.CodeSets.Icd10Cm;
using MedCoder.CodeSets.Library;
using MedCoder.Coding.Context;
using MedCoder.Coding.Reading;
using MedCoder.Coding.Rules;
using MedCoder.Contracts.Coding;

namespace MedCoder.Coding.Matching;

/// <summary>A dictionary term found in a sentence: content words [From, To] of the stream.</summary>
public readonly record struct TermMatch(int Term, int From, int To);

/// <summary>
/// ICD-10-CM descriptions and inclusion terms as bags of content words. A term matches a sentence when
/// all its words occur in it within a window (so word order may vary: "radius fracture, left" finds
/// "fracture of lower end of left radius" only if "lower end" is there too). Candidates are reached through
/// the term's rarest word only, and words are checked against a per-sentence stamp table: no regex, no LINQ.
/// </summary>
public sealed class TermDictionary
{
    private const int WindowSlack = 4;

    private readonly int _vocabularySize;

    // Postings by rarest word, flattened so that a word's candidate terms are read from contiguous memory: the terms
    // reached through word w are postings [_postingStart[w], _postingStart[w + 1]); posting p is term _postingTerm[p],
    // whose other words are _otherWords[_otherWordStart[p] .. _otherWordStart[p + 1]).
    private readonly int[] _postingStart;
    private readonly int[] _postingTerm;
    private readonly int[] _otherWordStart;
    private readonly int[] _otherWords;

    // The terms' words and optional words as plain arrays, for removing subsumed matches.
    private readonly int[][] _termWords;
    private readonly int[][] _termOptional;

    [ThreadStatic]
    private static Scratch? t_scratch;

    // "Atrial fibrillation with rapid ventricular response" is not ventricular fibrillation: a term that does not itself
    // say "with" is not matched across one, since "X with Y" attaches Y's words to another finding. Likewise a term
    // that does not say "without" is not matched across one ("Type 2 diabetes mellitus without complications" is not
    // "... with unspecified complications").
    private readonly int _with;
    private readonly int _without;
    private readonly bool[] _termSaysWith;
    private readonly bool[] _termSaysWithout;

    public TermDictionary(IReadOnlyList<DictionaryTerm> terms, int vocabularySize, int withWord = -1, int withoutWord = -1)
    {
        Terms = terms;
        _with = withWord;
        _without = withoutWord;
        _termSaysWith = [.. terms.Select(t => t.Words.Contains(withWord) || t.Optional.Contains(withWord))];
        _termSaysWithout = [.. terms.Select(t => t.Words.Contains(withoutWord))];
        _vocabularySize = vocabularySize;
        _termWords = [.. terms.Select(t => t.Words)];
        _termOptional = [.. terms.Select(t => t.Optional)];
        var postings = new List<int>?[vocabularySize];
        for (var t = 0; t < terms.Count; t++)
        {
            (postings[terms[t].Words[0]] ??= []).Add(t);
        }

        _postingStart = new int[vocabularySize + 1];
        _postingTerm = new int[terms.Count];
        _otherWordStart = new int[terms.Count + 1];
        var otherWords = new List<int>();
        var p = 0;
        for (var w = 0; w < vocabularySize; w++)
        {
            _postingStart[w] = p;
            foreach (var t in postings[w] ?? [])
            {
                _postingTerm[p] = t;
                _otherWordStart[p] = otherWords.Count;
                otherWords.AddRange(terms[t].Words.AsSpan(1));
                p++;
            }
        }

        _postingStart[vocabularySize] = p;
        _otherWordStart[p] = otherWords.Count;
        _otherWords = [.. otherWords];
    }

    public IReadOnlyList<DictionaryTerm> Terms { get; }

    /// <summary>
    /// Terms found in one sentence of the stream, minus those whose words are a strict subset of another found term's.
    /// With <paramref name="keepBesideNegated"/> (a claim), a term stays beside a longer one that a negation inside it
    /// denies: "COPD, stable, no exacerbation" is COPD (J44.9), not nothing because COPD with exacerbation (J44.1) is denied.
    /// With <paramref name="keepBesideUncertain"/> (an outpatient claim, which codes no uncertain diagnosis) likewise beside
    /// one an uncertainty inside it doubts: "headache, probable migraine" is the headache.
    /// </summary>
    public void Match(ContentStream stream, int sentence, List<TermMatch> found, bool keepBesideNegated = false, bool keepBesideUncertain = false)
    {
        var from = stream.SentenceStart[sentence];
        var to = stream.SentenceStart[sentence + 1];
        if (to <= from)
        {
            return;
        }

        var scratch = t_scratch;
        if (scratch is null || scratch.Slots.Length < _vocabularySize)
        {
            t_scratch = scratch = new Scratch(_vocabularySize);
        }

        var generation = ++scratch.Generation;
        var slots = scratch.Slots;
        var words = stream.Words;
        for (var i = from; i < to; i++)
        {
            var word = words[i];
            if (word >= 0)
            {
                slots[word] = new Slot(generation, i);
            }
        }

        var firstFound = found.Count;
        for (var i = from; i < to; i++)
        {
            var word = words[i];
            if (word < 0 || slots[word].Position != i)
            {
                continue; // unknown, or not the last occurrence (each distinct word is visited once)
            }

            for (var p = _postingStart[word]; p < _postingStart[word + 1]; p++)
            {
                var first = _otherWordStart[p];
                var end = _otherWordStart[p + 1];
                var min = i;
                var max = i;
                var all = true;
                for (var k = first; k < end; k++)
                {
                    var slot = slots[_otherWords[k]];
                    if (slot.Stamp != generation)
                    {
                        all = false;
                        break;
                    }

                    min = Math.Min(min, slot.Position);
                    max = Math.Max(max, slot.Position);
                }

                if (!all)
                {
                    continue;
                }

                var limit = end - first + 1 + WindowSlack;
                if (max - min + 1 <= limit)
                {
                    AddUnlessAcrossLink(found, words, _postingTerm[p], min, max);
                }
                else if (NearestWindow(words, from, to, word, _otherWords.AsSpan(first, end - first), limit) is var (lo, hi))
                {
                    AddUnlessAcrossLink(found, words, _postingTerm[p], lo, hi);
                }
            }
        }

        RemoveSubsumed(found, firstFound, keepBesideNegated ? stream : null, keepBesideUncertain ? ContextFlags.Negated | ContextFlags.Uncertain : ContextFlags.Negated);
    }

    private bool Denied(ContentStream stream, TermMatch match, ContextFlags notAsserted) =>
        (stream.FlagsOf(match.From, match.To, _termSaysWithout[match.Term]) & notAsserted) != 0;

    /// <summary>The term's own words say "without" ("Migraine without aura"): a negation inside its span is part of it.</summary>
    public bool SaysWithout(int term) => _termSaysWithout[term];

    private void AddUnlessAcrossLink(List<TermMatch> found, int[] words, int term, int from, int to)
    {
        var checkWith = _with >= 0 && !_termSaysWith[term];
        var checkWithout = _without >= 0 && !_termSaysWithout[term];
        if (checkWith || checkWithout)
        {
            for (var i = from + 1; i < to; i++)
            {
                if ((checkWith && words[i] == _with) || (checkWithout && words[i] == _without))
                {
                    return;
                }
            }
        }

        found.Add(new TermMatch(term, from, to));
    }

    /// <summary>
    /// The slow path for a sentence that repeats a term's words ("pain in the left knee ... pain and left swelling"):
    /// the stamp table holds only each word's last position, so look around every occurrence of the anchor word for
    /// the nearest occurrence of each other word, within the window.
    /// </summary>
    private static (int From, int To)? NearestWindow(int[] words, int from, int to, int anchor, ReadOnlySpan<int> others, int limit)
    {
        for (var a = from; a < to; a++)
        {
            if (words[a] != anchor)
            {
                continue;
            }

            int lo = a, hi = a;
            var ok = true;
            foreach (var other in others)
            {
                var at = Nearest(words, Math.Max(from, a - limit), Math.Min(to, a + limit), a, other);
                if (at < 0)
                {
                    ok = false;
                    break;
                }

                lo = Math.Min(lo, at);
                hi = Math.Max(hi, at);
            }

            if (ok && hi - lo + 1 <= limit)
            {
                return (lo, hi);
            }
        }

        return null;
    }

    private static int Nearest(int[] words, int from, int to, int center, int word)
    {
        for (var d = 1; center - d >= from || center + d < to; d++)
        {
            if (center - d >= from && words[center - d] == word)
            {
                return center - d;
            }

            if (center + d < to && words[center + d] == word)
            {
                return center + d;
            }
        }

        return -1;
    }

    private void RemoveSubsumed(List<TermMatch> found, int first, ContentStream? negationsOf, ContextFlags notAsserted)
    {
        var count = found.Count - first;
        if (count < 2)
        {
            return;
        }

        Span<bool> keep = count <= 256 ? stackalloc bool[count] : new bool[count];
        for (var a = 0; a < count; a++)
        {
            keep[a] = true;
            var wordsA = _termWords[found[first + a].Term];
            for (var b = 0; b < count && keep[a]; b++)
            {
                var wordsB = _termWords[found[first + b].Term];
                if (a != b && wordsB.Length > wordsA.Length && IsSubset(wordsA, wordsB, _termOptional[found[first + b].Term])
                    && !(negationsOf is not null && Denied(negationsOf, found[first + b], notAsserted) && !Denied(negationsOf, found[first + a], notAsserted)))
                {
                    keep[a] = false;
                }
            }
        }

        var write = first;
        for (var a = 0; a < count; a++)
        {
            if (keep[a])
            {
                found[write++] = found[first + a];
            }
        }

        found.RemoveRange(write, found.Count - write);
    }

    private static bool IsSubset(int[] small, int[] large, int[] optional)
    {
        foreach (var w in small)
        {
            if (Array.IndexOf(large, w) < 0 && Array.IndexOf(optional, w) < 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Per vocabulary word: the generation (sentence) that last saw it and where; together, so one lookup reads both.</summary>
    private readonly record struct Slot(int Stamp, int Position);

    private sealed class Scratch(int size)
    {
        public int Generation;
        public readonly Slot[] Slots = new Slot[size];
    }

    /// <summary>The title of the nearest code above this one (M25.1 "Fistula of joint" for M25.18); null at a category.</summary>
    private static string? ParentTitle(Icd10CmEdition edition, string code)
    {
        for (var length = code.Length - 1; length >= 3; length--)
        {
            if (edition.Codes.Find(code[..length]) is { } parent)
            {
                return parent.LongDescription;
            }
        }

        return null;
    }

    /// <summary>
    /// Builds the terms of one ICD-10-CM edition (plus a few curated synonyms, the phrases of its Index tables and the
    /// paths of its Alphabetic Index) and
    /// of the PCS procedures given, adding their words to the vocabulary.
    /// </summary>
    public static List<DictionaryTerm> BuildTerms(Icd10CmEdition edition, CodeHierarchy hierarchy, Vocabulary.Builder vocabulary, IEnumerable<(string Phrase, string Code)> curated, IEnumerable<(string Phrase, string Code)> procedures)
    {
        var raw = new List<RawTerm>();
        var notes = edition.Notes;
        var equivalents = TermVariants.EquivalentsWith(AnatomicalAdjectives.Mine(edition.Codes.Codes.Select(c => c.LongDescription)));
        foreach (var code in edition.Codes.Codes)
        {
            // External causes (V00–Y99) describe how an injury happened; their one-word titles only add noise.
            if (code.Code[0] is >= 'V' and <= 'Y')
            {
                continue;
            }

            var target = hierarchy.DefaultBillable(code.Code);
            if (target is null)
            {
                Add(raw, equivalents, code.LongDescription, code.Code, TermSource.Unresolved);
                continue;
            }

            // "Other X" is a residual class for a documented type without its own code: plain "X" reads as it only
            // when no other term has X's words (the index's "X NEC" entries), so it is the weakest source.
            var residual = code.LongDescription.StartsWith("Other ", StringComparison.Ordinal);
            var title = TermText.WithParentRegion(code.LongDescription, ParentTitle(edition, code.Code));
            Add(raw, equivalents, title, target, residual ? TermSource.Residual : code.Billable ? TermSource.Description : TermSource.Header);
            if (notes is not null)
            {
                foreach (var note in notes.NotesFor(code.Code))
                {
                    if (note.Kind == NoteKind.InclusionTerm)
                    {
                        Add(raw, equivalents, note.Text, target, TermSource.InclusionTerm);
                    }
                    else if (note.Kind is NoteKind.Excludes1 or NoteKind.Excludes2 && TermText.ExcludedCondition(note.Text) is var (phrase, elsewhere)
                        && elsewhere[0] is < 'V' or > 'Y' && hierarchy.DefaultBillable(elsewhere) is { } excludedTarget)
                    {
                        // "breast pain (N64.4)" under G89: the code book naming a condition and its code; read only
                        // where nothing else has those words, since a note is worded relative to its category.
                        Add(raw, equivalents, phrase, excludedTarget, TermSource.Residual);
                    }
                }
            }
        }

        foreach (var (phrase, code) in curated)
        {
            if (edition.Codes.Find(code) is { Billable: true } found)
            {
                Add(raw, equivalents, phrase, found.Code, TermSource.Curated);
            }
        }

        if (edition.Neoplasms is { } neoplasms)
        {
            foreach (var (phrase, code) in NeoplasmTerms.Of(neoplasms, hierarchy))
            {
                Add(raw, equivalents, phrase, code, TermSource.Index);
            }
        }

        if (edition.AlphabeticIndex is { } index)
        {
            foreach (var (phrase, code) in IndexTerms.Of(index, hierarchy))
            {
                Add(raw, equivalents, phrase, code, TermSource.Index);
            }
        }

        foreach (var (phrase, code) in procedures)
        {
            Add(raw, equivalents, phrase, code, TermSource.Description, CodeSystems.Icd10Pcs);
        }

        // Word frequency over terms: the rarest word is the one a term is reached through.
        var frequency = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (words, _, _, _, _) in raw)
        {
            foreach (var w in words)
            {
                frequency[w] = frequency.GetValueOrDefault(w) + 1;
            }
        }

        var groups = new Dictionary<string, (string[] Words, List<string> Codes, TermSource Source, string Text, string System)>(StringComparer.Ordinal);
        foreach (var (words, code, source, text, system) in raw)
        {
            var key = system + ":" + string.Join(' ', words.Order(StringComparer.Ordinal));
            if (!groups.TryGetValue(key, out var group) || source < group.Source)
            {
                groups[key] = (words, [code], source, text, system);
            }
            else if (source == group.Source && !group.Codes.Contains(code))
            {
                // Several codes read the same words: the one the code book calls unspecified is the Index's default
                // ("migraine" is G43.909, not G43.001 "Migraine without aura"); codes alike in that keep each other
                // (the 7th characters of one injury).
                var isDefault = IsDefault(text);
                if (isDefault && !IsDefault(group.Text))
                {
                    groups[key] = (words, [code], source, text, system);
                }
                else if (isDefault == IsDefault(group.Text))
                {
                    group.Codes.Add(code);
                }
            }
        }

        var terms = new List<DictionaryTerm>(groups.Count);
        foreach (var key in groups.Keys.Order(StringComparer.Ordinal))
        {
            var (words, codes, source, text, system) = groups[key];
            // "with" links a title's parts ("COPD with (acute) exacerbation"); a note says "COPD exacerbation" as often,
            // so it is not a word the note must have, unless the title also says "without" ("... with perforation and
            // abscess without bleeding"): then "with" and "without" decide between codes.
            var required = words.Length > 2 && words.Contains(With) && !words.Contains(Without) ? words.Where(w => w != With).ToArray() : words;
            var ordered = required.OrderBy(w => frequency[w]).ThenBy(w => w, StringComparer.Ordinal).Select(vocabulary.Add).ToArray();
            codes.Sort(StringComparer.Ordinal);
            var optional = OptionalWords(text).Concat(required.Length < words.Length ? [With] : []).Except(required, StringComparer.Ordinal).Select(vocabulary.Add).ToArray();
            terms.Add(new DictionaryTerm(ordered, [.. codes], source, text, optional, system));
        }

        return terms;
    }

    private const string With = "with";

    private const string Without = "without";

    private static bool IsDefault(string description) => description.Contains("unspecified", StringComparison.OrdinalIgnoreCase);

    /// <summary>Content words inside parentheses: "Essential (primary) hypertension" → primary.</summary>
    private static List<string> OptionalWords(string text)
    {
        var result = new List<string>();
        var open = text.IndexOf('(', StringComparison.Ordinal);
        while (open >= 0)
        {
            var close = text.IndexOf(')', open);
            if (close < 0)
            {
                break;
            }

            result.AddRange(WordForms.ContentWords(text[(open + 1)..close]));
            open = text.IndexOf('(', close);
        }

        return result;
    }

    /// <summary>A term and, weaker, its other wordings (<see cref="TermVariants"/>).</summary>
    private static void Add(List<RawTerm> raw, IReadOnlyDictionary<string, string[]> equivalents, string text, string code, TermSource source, string system = CodeSystems.Icd10Cm)
    {
        var cleaned = TermText.Clean(text);
        var words = WordForms.ContentWords(cleaned);
        if (words.Count == 1 && (NamesATypeOf(cleaned) || EverydayWords.Contains(words[0])))
        {
            return;
        }

        AddWords(raw, words, code, source, text, system);

        // An Index phrase was kept for naming something specific (IndexTerms); a wording that leaves one word of it
        // ("colon" of "Infection, colon", "consultation" of "Consultation, without complaint") names nothing.
        var least = source == TermSource.Index ? 2 : 1;
        if (TermText.WithoutAbsentFeature(cleaned) is { } bare)
        {
            AddWords(raw, WordForms.ContentWords(bare), code, WeakerOf(source), text, system, least);
            if (bare.Contains('-', StringComparison.Ordinal))
            {
                AddWords(raw, WordForms.ContentWords(TermVariants.JoinHyphenated(bare.ToLowerInvariant())), code, WeakerOf(source), text, system, least);
            }
        }

        if (source != TermSource.Curated)
        {
            var infectious = system == CodeSystems.Icd10Cm && code[0] is 'A' or 'B';
            foreach (var variant in TermVariants.Of(cleaned, WordForms.ContentWords, infectious, system == CodeSystems.Icd10Cm ? equivalents : null))
            {
                AddWords(raw, variant, code, WeakerOf(source), text, system, least);
            }
        }

        // "Acute bronchospasm" is also plain "bronchospasm", but only where no code has those words of its own.
        if (source <= TermSource.InclusionTerm && TermVariants.WithoutLeadingModifier(words) is { } unmodified)
        {
            AddWords(raw, unmodified, code, TermSource.Residual, text, system);
        }
    }

    /// <summary>
    /// "Blood type", "Unspecified blood type": "type" is a stop word (it qualifies "Type 2 diabetes"), so the title would
    /// read as the one word it classifies ("blood" in "blood cultures", "blood pressure").
    /// </summary>
    /// <summary>
    /// One-word titles and inclusion terms whose everyday sense is what a US note means: R56.9's "Fit NOS" is a seizure in
    /// British usage, while a note's "fit" is a verb ("change to morning dosing to fit shift work") or "fit for surgery".
    /// </summary>
    private static readonly FrozenSet<string> EverydayWords = WordForms.NormalizedSet("fit");

    private static bool NamesATypeOf(string cleaned) =>
        WordForms.Words(cleaned).Contains("type");

    /// <summary>The source of a term's other wording: a variant, unless the term is weaker than one already.</summary>
    private static TermSource WeakerOf(TermSource source) => source > TermSource.Variant ? source : TermSource.Variant;

    private static void AddWords(List<RawTerm> raw, List<string> contentWords, string code, TermSource source, string text, string system, int least = 1)
    {
        var words = contentWords.Distinct(StringComparer.Ordinal).ToArray();
        if (words.Length >= least && words.Length <= 10)
        {
            raw.Add(new RawTerm(words, code, source, text, system));
        }
    }

    private readonly record struct RawTerm(string[] Words, string Code, TermSource Source, string Text, string System);
}
