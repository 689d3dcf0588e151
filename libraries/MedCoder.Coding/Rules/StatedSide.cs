using System.Collections.Concurrent;
using MedCoder.CodeSets.Icd10Cm;
using MedCoder.Coding.Reading;
using MedCoder.Contracts.Coding;

namespace MedCoder.Coding.Rules;

/// <summary>
/// Laterality (Guidelines I.B.13): a code of an unspecified side ("Primary osteoarthritis, unspecified hand") whose
/// mention has "right", "left" or "bilateral" beside it becomes the sibling of that side; a bilateral condition with no
/// bilateral code is coded for each side. Only a side word near the mention counts (in its span or a few words from it
/// in the same sentence), so the other condition of a sentence lends it no side; mentions that disagree change nothing.
/// </summary>
public sealed class StatedSide(Icd10CmRelease release)
{
    /// <summary>How many words from the mention a side word may stand ("right ear acute otitis media", "otitis media of the left ear").</summary>
    private const int Reach = 4;

    private readonly ConcurrentDictionary<string, Sides?> _sides = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, (string Code, List<string> Extra)?> _plainer = new(StringComparer.Ordinal);

    private enum Side
    {
        None,
        Right,
        Left,
        Bilateral,
        Conflicting,
    }

    /// <summary>
    /// The side codes of an unspecified-side code: right, left and (when the code book has one) bilateral; for codes of a
    /// dominant or nondominant side, the codes for a left-handed patient too.
    /// </summary>
    private sealed record Sides(string Right, string Left, string? Bilateral, string? RightIfLeftHanded = null, string? LeftIfLeftHanded = null);

    /// <summary>Replaces unspecified-side codes by the side their mentions state; merges into a candidate already there.</summary>
    public void Apply(IReadOnlyList<ReadNote> notes, List<Candidate> candidates)
    {
        var added = new List<Candidate>();
        var leftHanded = LeftHanded(notes);
        for (var i = candidates.Count - 1; i >= 0; i--)
        {
            var c = candidates[i];
            if (c.System != CodeSystems.Icd10Cm || SidesOf(PlainerUnlessSaid(notes, c)) is not { } sides)
            {
                continue;
            }

            var stated = StatedBy(notes, c);
            if (stated == Side.None)
            {
                stated = OnlySideOf(notes, c);
            }

            string[] codes = stated switch
            {
                Side.Right => [leftHanded && sides.RightIfLeftHanded is { } nondominant ? nondominant : sides.Right],
                Side.Left => [leftHanded && sides.LeftIfLeftHanded is { } dominant ? dominant : sides.Left],
                Side.Bilateral => sides.Bilateral is { } both ? [both] : [sides.Right, sides.Left],
                _ => [],
            };
            if (codes.Length == 0)
            {
                continue;
            }

            candidates.RemoveAt(i);
            foreach (var code in codes)
            {
                if (candidates.Find(o => o.System == c.System && o.Code == code) is { } existing)
                {
                    existing.Confidence = Math.Max(existing.Confidence, c.Confidence);
                    existing.DiagnosticRank = Math.Min(existing.DiagnosticRank, c.DiagnosticRank);
                    existing.FinalStatement |= c.FinalStatement;
                    continue;
                }

                if (code == codes[0])
                {
                    c.Code = code;
                    added.Add(c);
                }
                else
                {
                    added.Add(c.CopyAs(code));
                }
            }
        }

        candidates.AddRange(added);
    }

    /// <summary>
    /// The unspecified-side sibling whose title is this one's without a qualifier the mention's sentence does not say, whose
    /// sides a stated side picks from: an index default of "…, recurrent, unspecified ear" (H66.007) for "acute suppurative
    /// otitis media, right ear" is "…, right ear" (H66.001), not "…, recurrent, right ear". The code itself when there is none.
    /// </summary>
    private string PlainerUnlessSaid(IReadOnlyList<ReadNote> notes, Candidate c)
    {
        var plainer = _plainer.GetOrAdd(c.Code, key =>
        {
            if (release.Find(key) is not { LongDescription: { } title } || !title.Contains("unspecified ", StringComparison.OrdinalIgnoreCase))
            {
                return null;
            }

            var own = WordForms.Words(title);
            return release.Descendants(key[..3])
                .Select(release.Find)
                .Where(o => o is { Billable: true } && o.Code != key && o.Code.Length == key.Length && o.LongDescription.Contains("unspecified ", StringComparison.OrdinalIgnoreCase))
                .Select(o => (o!.Code, Extra: own.Except(WordForms.Words(o.LongDescription)).ToList(), Words: WordForms.Words(o.LongDescription)))
                .Where(o => o.Words.TrueForAll(own.Contains) && o.Extra.Count > 0)
                .Select(o => (o.Code, o.Extra))
                .FirstOrDefault() is { Code: not null } found ? found : null;
        });
        if (plainer is not var (code, extra) || c.Evidence.Exists(e => SentenceSaysAny(notes, e, extra)))
        {
            return c.Code;
        }

        return code;
    }

    private static bool SentenceSaysAny(IReadOnlyList<ReadNote> notes, EvidenceSpan span, List<string> words)
    {
        if (EvidenceSentences.Of(notes, span) is not (var note, var sentence))
        {
            return false;
        }

        for (var t = sentence.FirstToken; t < sentence.EndToken; t++)
        {
            // "Full-thickness" is how imaging says a tear is complete.
            if (words.Contains(note.Tokens[t].Word)
                || (note.Tokens[t].Word == "thickness" && t > sentence.FirstToken && note.Tokens[t - 1].Word == "full" && words.Contains("complete")))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The side the candidate's mentions state; none when no mention says one or they disagree.</summary>
    private static Side StatedBy(IReadOnlyList<ReadNote> notes, Candidate c)
    {
        var stated = Side.None;
        foreach (var span in c.Evidence)
        {
            var side = Near(notes, span);
            if (side == Side.None)
            {
                continue;
            }

            if (stated != Side.None && stated != side)
            {
                return Side.Conflicting;
            }

            stated = side;
        }

        return stated;
    }

    /// <summary>
    /// "RIGHT ANKLE 3 VIEWS ... IMPRESSION: small plantar calcaneal spur": a note whose opening line (a report's exam) names a
    /// side, and that names no other side anywhere, is about that side, so a mention it leaves unsided has it. A side named
    /// only further on belongs to its own condition ("laceration of the left forearm" lends an otitis none).
    /// </summary>
    private static Side OnlySideOf(IReadOnlyList<ReadNote> notes, Candidate c)
    {
        var only = Side.None;
        foreach (var index in c.Evidence.Select(e => e.NoteIndex).Distinct())
        {
            if (index >= notes.Count)
            {
                return Side.None;
            }

            var note = notes[index];
            if (note.Sentences.Length == 0 || !Enumerable.Range(note.Sentences[0].FirstToken, note.Sentences[0].EndToken - note.Sentences[0].FirstToken).Any(t => SideOf(note, t) is Side.Right or Side.Left))
            {
                return Side.None;
            }

            for (var t = 0; t < note.Tokens.Length; t++)
            {
                var side = SideOf(note, t);
                if (side == Side.None || (t + 1 < note.Tokens.Length && note.Tokens[t + 1].Word is "handed" or "hand-dominant" or "dominant"))
                {
                    continue;
                }

                if (side == Side.Bilateral || (only != Side.None && only != side))
                {
                    return Side.None;
                }

                only = side;
            }
        }

        return only;
    }

    /// <summary>The side word nearest the span within <see cref="Reach"/> words in its sentence; right and left equally near are both sides.</summary>
    private static Side Near(IReadOnlyList<ReadNote> notes, EvidenceSpan span)
    {
        if (EvidenceSentences.Of(notes, span) is not (var note, var sentence))
        {
            return Side.None;
        }

        var (best, side) = (int.MaxValue, Side.None);
        for (var t = sentence.FirstToken; t < sentence.EndToken; t++)
        {
            var token = note.Tokens[t];
            var word = SideOf(note, t);
            if (word == Side.None)
            {
                continue;
            }

            var distance = token.End <= span.Start ? WordsBetween(note, t, span.Start, before: true)
                : token.Start >= span.End ? WordsBetween(note, t, span.End, before: false)
                : 0;
            if (distance > Reach)
            {
                continue;
            }

            if (distance < best)
            {
                (best, side) = (distance, word);
            }
            else if (distance == best && side != word)
            {
                side = Side.Bilateral;
            }
        }

        return side;
    }

    /// <summary>Whether a note says the patient is left-handed ("left-handed", "left hand dominant").</summary>
    private static bool LeftHanded(IReadOnlyList<ReadNote> notes)
    {
        foreach (var note in notes)
        {
            var tokens = note.Tokens;
            for (var t = 0; t + 1 < tokens.Length; t++)
            {
                if (tokens[t].Word == "left" && (tokens[t + 1].Word is "handed" or "hander"
                    || (tokens[t + 1].Word == "hand" && t + 2 < tokens.Length && tokens[t + 2].Word == "dominant")))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static int WordsBetween(ReadNote note, int token, int position, bool before)
    {
        var count = 0;
        for (var t = token + (before ? 1 : -1); t >= 0 && t < note.Tokens.Length && (before ? note.Tokens[t].Start < position : note.Tokens[t].End > position); t += before ? 1 : -1)
        {
            count++;
        }

        return count;
    }

    private static Side SideOf(ReadNote note, int t) => note.Tokens[t].Word switch
    {
        "right" => Side.Right,
        "left" => Side.Left,
        "bilateral" or "bilaterally" => Side.Bilateral,
        // The eye's sides as an ophthalmologist writes them, in capitals (oculus dexter, sinister, uterque).
        "od" or "os" or "ou" when IsCapitals(note, t) => note.Tokens[t].Word switch { "od" => Side.Right, "os" => Side.Left, _ => Side.Bilateral },
        // "Sprain R ankle", "L distal radius": a capital R or L before a body word.
        "r" or "l" when IsSideLetter(note, t) => note.Tokens[t].Word == "r" ? Side.Right : Side.Left,
        // "both knees", "both ears": a plural body part after it.
        "both" when t + 1 < note.Tokens.Length && note.Tokens[t + 1].Sentence == note.Tokens[t].Sentence
            && note.Text.AsSpan(note.Tokens[t + 1].Start, note.Tokens[t + 1].End - note.Tokens[t + 1].Start) is [.., 's' or 'S'] => Side.Bilateral,
        _ => Side.None,
    };

    /// <summary>A capital R or L written before a body word ("R ankle"): the side's letter.</summary>
    public static bool IsSideLetter(ReadNote note, int t) =>
        note.Text[note.Tokens[t].Start] is 'R' or 'L' && note.Tokens[t].End - note.Tokens[t].Start == 1
        && t + 1 < note.Tokens.Length && note.Tokens[t + 1].Sentence == note.Tokens[t].Sentence && note.Tokens[t + 1].Start == note.Tokens[t].End + 1
        && char.IsLetter(note.Text[note.Tokens[t + 1].Start]);

    private static bool IsCapitals(ReadNote note, int t) =>
        note.Text.AsSpan(note.Tokens[t].Start, note.Tokens[t].End - note.Tokens[t].Start) is { Length: 2 } text && char.IsUpper(text[0]) && char.IsUpper(text[1]);

    /// <summary>
    /// The codes the title names with "right", "left" and "bilateral" in place of "unspecified" ("unspecified hand" → "right
    /// hand"; "unspecified ear" → "bilateral"), all in the same category; null when the code is not of an unspecified side.
    /// </summary>
    private Sides? SidesOf(string code) => _sides.GetOrAdd(code, key =>
    {
        if (release.Find(key) is not { Billable: true, LongDescription: { } title } || !title.Contains("unspecified ", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var byTitle = release.Descendants(key[..3])
            .Select(release.Find)
            .Where(c => c is { Billable: true } && c.Code.Length == key.Length)
            .GroupBy(c => c!.LongDescription, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First()!.Code, StringComparer.OrdinalIgnoreCase);
        for (var at = title.IndexOf("unspecified ", StringComparison.OrdinalIgnoreCase); at >= 0; at = title.IndexOf("unspecified ", at + 1, StringComparison.OrdinalIgnoreCase))
        {
            var (before, after) = (title[..at], title[(at + "unspecified ".Length)..]);
            // I.C.6.a: a side not documented as dominant is the dominant one when it is the right, nondominant when the left;
            // a left-handed patient's the other way round.
            if (byTitle.GetValueOrDefault(before + "right dominant " + after) is { } rightDominant
                && byTitle.GetValueOrDefault(before + "left nondominant " + after) is { } leftNondominant)
            {
                return new Sides(rightDominant, leftNondominant, null,
                    byTitle.GetValueOrDefault(before + "right nondominant " + after), byTitle.GetValueOrDefault(before + "left dominant " + after));
            }

            if (byTitle.GetValueOrDefault(before + "right " + after) is { } right && byTitle.GetValueOrDefault(before + "left " + after) is { } left)
            {
                // The bilateral code says "bilateral" for the side and its body part ("…, unspecified ear" → "…, bilateral").
                var part = after.IndexOfAny([',', ' ']) is var end and >= 0 ? after[end..] : string.Empty;
                // "…of unspecified lacrimal gland" → "…of bilateral lacrimal glands": the part in the plural.
                var bilateral = byTitle.GetValueOrDefault(before + "bilateral " + after) ?? byTitle.GetValueOrDefault(before + "bilateral" + part)
                    ?? byTitle.GetValueOrDefault(before + "bilateral " + after + "s");
                return new Sides(right, left, bilateral);
            }
        }

        return null;
    });
}
