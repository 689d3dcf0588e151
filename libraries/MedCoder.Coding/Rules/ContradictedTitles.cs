using System.Text.RegularExpressions;
using MedCoder.Coding.Context;
using MedCoder.Coding.Reading;
using MedCoder.Contracts.Coding;

namespace MedCoder.Coding.Rules;

/// <summary>
/// A title matched as a bag of words can be the opposite of what its words say in the note: "CKD stage 3b due to type 2
/// diabetes" has the words of "stage 2", "Migraine with typical aura, ... without status migrainosus" those of "Migraine
/// without aura ... with status migrainosus". A code whose every evidence span states another stage or class, or puts
/// "with" where its title says "without" (or the reverse) before the same word, is not what the note says. Claim purpose only.
/// </summary>
public static partial class ContradictedTitles
{
    public static void Drop(IReadOnlyList<(ReadNote Note, ContextFlags[] Flags)> read, IReadOnlyList<ReadNote> notes, List<Candidate> candidates, Func<string, string> description)
    {
        // "DM2 uncomplicated - ..., hyperglycemia likely from infection": the category's "without complications" code (E11.9).
        Candidate.RecodeEach(candidates, c => c.System == CodeSystems.Icd10Cm && c.Code.Length > 3 && description(c.Code) is { } title
            && c.Code[..3] + "9" is var plain && description(plain).Contains("without complications", StringComparison.OrdinalIgnoreCase)
            && EvidenceSentences.Stated(notes, c).TrueForAll(e => e.NoteIndex < read.Count && SaysUncomplicated(title, read[e.NoteIndex], e)) ? plain : null);

        candidates.RemoveAll(c => c.System == CodeSystems.Icd10Cm && c.Evidence.Count > 0 && description(c.Code) is { Length: > 0 } title
            && (StagedOrClassed(title) is not null || title.Contains(" without ", StringComparison.OrdinalIgnoreCase) || title.Contains(" with ", StringComparison.OrdinalIgnoreCase))
            && (OnlyOtherStagesSaid(notes, c, title)
                || EvidenceSentences.Stated(notes, c).TrueForAll(e => e.NoteIndex < notes.Count && Contradicts(title, notes[e.NoteIndex].Text.AsSpan(e.Start, e.End - e.Start).ToString(), read[e.NoteIndex], e))));
    }

    /// <summary>
    /// The spans that give a stage all give another one: "DM2 w/ diabetic CKD stage 3b" read as stage 2 is not helped by
    /// "HTN w/ CKD", which gives none.
    /// </summary>
    private static bool OnlyOtherStagesSaid(IReadOnlyList<ReadNote> notes, Candidate c, string title)
    {
        if (StagedOrClassed(title) is not var (kind, number))
        {
            return false;
        }

        var said = c.Evidence.Select(e => EvidenceSentences.Of(notes, e) is var (note, sentence) ? NumberAfter(note.Text[e.Start..Math.Max(e.End, Math.Min(sentence.End, e.End + StageReach))], kind) : null)
            .Where(n => n is not null).ToList();
        return said.Count > 0 && !said.Contains(number);
    }

    // "CKD stage 3b": the stage a few characters past a span that ends at the word "stage".
    private const int StageReach = 8;

    /// <param name="evidence">The matched words, where a stage or a "with" is read.</param>
    /// <param name="statement">The note whose sentence holds the span, where what the title's "without" excludes is looked for.</param>
    private static bool Contradicts(string title, string evidence, (ReadNote Note, ContextFlags[] Flags) statement, EvidenceSpan span)
    {
        if (StagedOrClassed(title) is var (kind, number) && NumberAfter(evidence, kind) is { } said && said != number)
        {
            return true;
        }

        if (SaysUncomplicated(title, statement, span))
        {
            return true;
        }

        foreach (var word in Excluded(title))
        {
            // "Acute appendicitis ... without perforation or gangrene" read from "Perforated gangrenous appendicitis".
            if (SaidPlainly(statement, span, word))
            {
                return true;
            }
        }

        foreach (var (without, word) in Linked(title))
        {
            var saysWith = Regex.IsMatch(evidence, $@"\bwith\s+(\w+\s+)?{Regex.Escape(word)}", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
            var saysWithout = Regex.IsMatch(evidence, $@"\bwithout\s+(\w+\s+)?{Regex.Escape(word)}", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
            if (without ? saysWith && !saysWithout : saysWithout && !saysWith)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "DM2 uncomplicated - cont metformin, hyperglycemia likely from infection": the provider says the condition has no
    /// complication, so a title "with" one is not what the statement says.
    /// </summary>
    private static bool SaysUncomplicated(string title, (ReadNote Note, ContextFlags[] Flags) statement, EvidenceSpan span) =>
        title.Contains(" with ", StringComparison.OrdinalIgnoreCase) && !title.Contains("uncomplicated", StringComparison.OrdinalIgnoreCase)
        && SaidPlainly(statement, span, "uncomplicated");

    /// <summary>The conditions a title's "without" excludes: "..., without perforation or gangrene" → perforation, gangrene.</summary>
    private static IEnumerable<string> Excluded(string title)
    {
        var at = title.IndexOf(" without ", StringComparison.OrdinalIgnoreCase);
        if (at < 0)
        {
            yield break;
        }

        var clause = title[(at + 9)..];
        foreach (var end in new[] { " with ", " of ", " in " })
        {
            // "without perforation or abscess with bleeding": the bleeding is had; "without foreign body of right forearm": the forearm is the site.
            if (clause.IndexOf(end, StringComparison.OrdinalIgnoreCase) is var at2 and >= 0)
            {
                clause = clause[..at2];
            }
        }

        var comma = clause.IndexOf(',');
        var named = title[..at];
        foreach (var word in (comma >= 0 ? clause[..comma] : clause).Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            // Not a word of the condition itself ("Thyrotoxicosis ... without thyrotoxic crisis", "epilepsy ... without status epilepticus").
            if (word.Length >= 6 && word is not ("without" or "mention" or "complication" or "complications" or "specified" or "diagnosis" or "involvement" or "systems" or "status")
                && !named.Contains(Stem(word), StringComparison.OrdinalIgnoreCase))
            {
                yield return word.ToLowerInvariant();
            }
        }
    }

    /// <summary>
    /// The span's sentence says a word of the same stem ("perforated" for "perforation") that the context does not negate:
    /// "No foreign body", "without loss of consciousness", "no abscess" are what the title's "without" says, not against it.
    /// </summary>
    private static bool SaidPlainly((ReadNote Note, ContextFlags[] Flags) statement, EvidenceSpan span, string word)
    {
        if (statement.Note.SentenceAt(span.Start) is not { } sentence)
        {
            return false;
        }

        var stem = Stem(word);
        for (var t = sentence.FirstToken; t < sentence.EndToken; t++)
        {
            if (statement.Note.Tokens[t].Word.StartsWith(stem, StringComparison.OrdinalIgnoreCase) && (statement.Flags[t] & ContextFlags.Negated) == 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A word's stem for its other forms: "perforation" → "perforat" (perforated), "gangrene" → "gangre" (gangrenous);
    /// long enough that "cholecystitis" is not "cholecystectomy".
    /// </summary>
    private static string Stem(string word) => word[..Math.Max(6, word.Length - 3)];

    /// <summary>"Chronic kidney disease, stage 2 (mild)" → (stage, 2); "Obesity, class 3" → (class, 3).</summary>
    private static (string Kind, int Number)? StagedOrClassed(string title) =>
        !title.Contains(" through ", StringComparison.Ordinal) && StageInTitle().Match(title) is { Success: true } m
            ? (m.Groups[1].Value.ToLowerInvariant(), m.Groups[2].Value[0] - '0')
            : null; // "stage 1 through stage 4" is a range, not one stage

    /// <summary>The number the evidence states after "stage" or "class", Roman numerals read: "stage IIIb" → 3.</summary>
    private static int? NumberAfter(string evidence, string kind)
    {
        var m = Regex.Match(evidence, $@"\b{kind}\s*([1-5]|IV|V|I{{1,3}})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        return !m.Success ? null : m.Groups[1].Value.ToUpperInvariant() switch
        {
            "I" => 1, "II" => 2, "III" => 3, "IV" => 4, "V" => 5,
            var digit => digit[0] - '0',
        };
    }

    /// <summary>The words a title's "with" or "without" governs ("Migraine without aura" → (without, aura)), only when it has both.</summary>
    private static List<(bool Without, string Word)> Linked(string title)
    {
        var links = new List<(bool, string)>();
        if (!title.Contains(" with ", StringComparison.OrdinalIgnoreCase) || !title.Contains(" without ", StringComparison.OrdinalIgnoreCase))
        {
            return links;
        }

        foreach (Match m in LinkInTitle().Matches(title))
        {
            links.Add((m.Groups[1].Value.Equals("without", StringComparison.OrdinalIgnoreCase), m.Groups[2].Value));
        }

        return links;
    }

    [GeneratedRegex(@"\b(stage|class) ([1-5])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StageInTitle();

    [GeneratedRegex(@"\b(with|without) ([a-z]{4,})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LinkInTitle();
}
