using System.Collections.Frozen;
using MedCoder.Coding.Reading;

namespace MedCoder.Coding.Context;

/// <summary>
/// NegEx-style context inside a sentence: a trigger phrase ("no", "denies", "negative for", "rule out",
/// "history of", "mother", "return if") marks the following tokens up to a terminator ("but", "however",
/// "which" ...) or a window; post-triggers ("ruled out", "was excluded", "is suspected") mark the preceding
/// tokens. Past / family history sections mark their whole text. Triggers are compiled once into a
/// first-word table; scanning is linear in the tokens.
/// </summary>
public static class ContextScanner
{
    private const int ForwardWindow = 8;

    // "Denies chest pain, SOB, vision changes, focal weakness or leg swelling": a negation governs the
    // whole list that follows it, up to a terminator or the end of the sentence.
    private const int NegationWindow = 24;
    private const int BackwardWindow = 6;

    // "Apixaban for stroke prevention", "exercise stress test", "blood cultures": the words just before name what is
    // prevented or looked for, not what the patient has; the reach stops short of the condition being treated
    // ("atrial fibrillation on apixaban for stroke prevention").
    private const int NamingReach = 3;

    private static readonly FrozenDictionary<string, Trigger[]> PreTriggers = Compile(
    [
        ("no", ContextFlags.Negated), ("not", ContextFlags.Negated), ("deny", ContextFlags.Negated), ("denied", ContextFlags.Negated),
        ("denying", ContextFlags.Negated), ("without", ContextFlags.Negated), ("negative for", ContextFlags.Negated),
        ("no evidence of", ContextFlags.Negated), ("no sign of", ContextFlags.Negated), ("free of", ContextFlags.Negated),
        ("absence of", ContextFlags.Negated), ("never", ContextFlags.Negated), ("neither", ContextFlags.Negated), ("nor", ContextFlags.Negated),
        ("ruled out", ContextFlags.Negated), ("resolution of", ContextFlags.Negated), ("absent", ContextFlags.Negated),
        ("rule out", ContextFlags.Uncertain), ("probable", ContextFlags.Uncertain), ("probably", ContextFlags.Uncertain),
        ("suspected", ContextFlags.Uncertain), ("suspect", ContextFlags.Uncertain), ("suspicion of", ContextFlags.Uncertain),
        ("possible", ContextFlags.Uncertain), ("possibly", ContextFlags.Uncertain), ("likely", ContextFlags.Uncertain),
        ("questionable", ContextFlags.Uncertain), ("concern for", ContextFlags.Uncertain), ("presumed", ContextFlags.Uncertain),
        ("presumptive", ContextFlags.Uncertain), ("differential diagnosis", ContextFlags.Uncertain), ("versus", ContextFlags.Uncertain),
        ("compatible with", ContextFlags.Uncertain),
        ("history of", ContextFlags.History), ("status post", ContextFlags.History), ("previous", ContextFlags.History),
        ("prior", ContextFlags.History), ("past", ContextFlags.History), ("formerly", ContextFlags.History),
        ("family history", ContextFlags.Family), ("mother", ContextFlags.Family), ("father", ContextFlags.Family),
        ("brother", ContextFlags.Family), ("sister", ContextFlags.Family), ("sibling", ContextFlags.Family),
        ("grandmother", ContextFlags.Family), ("grandfather", ContextFlags.Family), ("aunt", ContextFlags.Family), ("uncle", ContextFlags.Family),
        ("if", ContextFlags.Hypothetical), ("return if", ContextFlags.Hypothetical), ("return for", ContextFlags.Hypothetical), ("in case of", ContextFlags.Hypothetical),
        ("watch for", ContextFlags.Hypothetical), ("should", ContextFlags.Hypothetical), ("risk of", ContextFlags.Hypothetical),
        ("prevent", ContextFlags.Hypothetical), ("prophylaxis", ContextFlags.Hypothetical),
    ]);

    private static readonly FrozenDictionary<string, Trigger[]> PostTriggers = Compile(
    [
        ("ruled out", ContextFlags.Negated), ("was ruled out", ContextFlags.Negated), ("excluded", ContextFlags.Negated),
        ("was excluded", ContextFlags.Negated), ("was negative", ContextFlags.Negated), ("were negative", ContextFlags.Negated),
        ("negative", ContextFlags.Negated), ("unlikely", ContextFlags.Negated), ("absent", ContextFlags.Negated),
        ("is suspected", ContextFlags.Uncertain), ("was suspected", ContextFlags.Uncertain), ("suspected", ContextFlags.Uncertain),
        ("cannot be excluded", ContextFlags.Uncertain), ("not excluded", ContextFlags.Uncertain), ("is possible", ContextFlags.Uncertain),
        ("resolved", ContextFlags.History),
    ]);

    private static readonly FrozenDictionary<string, Trigger[]> NamingTriggers = Compile(
    [
        ("prevention", ContextFlags.Hypothetical), ("prophylaxis", ContextFlags.Hypothetical), ("test", ContextFlags.Hypothetical),
        ("culture", ContextFlags.Hypothetical), ("screening", ContextFlags.Hypothetical),
    ]);

    private static readonly FrozenSet<string> Terminators = new[]
    {
        "but", "however", "although", "though", "except", "which", "who", "presented", "present", "presenting", "showed",
        "show", "revealed", "reveal", "secondary", "cause", "caused", "etiology", "because", "since", "diagnosed",
        "diagnosis", "developed", "admitted", "complained", "complaining", "reported", "report", "now", "currently",
    }.Select(w => WordForms.Normalize(w)).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>One flag set per token of the note.</summary>
    public static ContextFlags[] Scan(ReadNote note)
    {
        var tokens = note.Tokens;
        var flags = new ContextFlags[tokens.Length];
        foreach (var sentence in note.Sentences)
        {
            var sectionFlag = sentence.Section switch
            {
                SectionKind.FamilyHistory => ContextFlags.Family,
                SectionKind.PastHistory => ContextFlags.History,
                _ => ContextFlags.None,
            };
            var question = sentence.End < note.Text.Length && note.Text[sentence.End] == '?';
            for (var t = sentence.FirstToken; t < sentence.EndToken; t++)
            {
                flags[t] |= sectionFlag | (question ? ContextFlags.Uncertain : ContextFlags.None);
                var word = RoleOf(note, t);
                if (word.Pre is { } pre && Longest(tokens, t, sentence.EndToken, pre) is { } forward)
                {
                    var end = Math.Min(sentence.EndToken, t + forward.Length + (forward.Flag == ContextFlags.Negated ? NegationWindow : ForwardWindow));
                    for (var k = t + forward.Length; k < end && !RoleOf(note, k).Terminates; k++)
                    {
                        flags[k] |= forward.Flag;
                    }
                }

                if (word.Post is { } post && Longest(tokens, t, sentence.EndToken, post) is { } backward)
                {
                    var start = Math.Max(sentence.FirstToken, t - BackwardWindow);
                    for (var k = t - 1; k >= start && !RoleOf(note, k).Terminates; k--)
                    {
                        flags[k] |= backward.Flag;
                    }
                }

                if (word.Naming is { } naming && Longest(tokens, t, sentence.EndToken, naming) is { } named)
                {
                    for (var k = t - 1; k >= Math.Max(sentence.FirstToken, t - NamingReach) && !RoleOf(note, k).Terminates; k--)
                    {
                        flags[k] |= named.Flag;
                    }
                }
            }
        }

        return flags;
    }

    /// <summary>What a token's word does here; kept on the shared word, so each word is looked up once, not per token.</summary>
    private static WordRole RoleOf(ReadNote note, int token)
    {
        if (note.TokenWords is not { } shared)
        {
            return RoleOf(note.Tokens[token].Word);
        }

        var word = shared[token];
        if (word.ContextCache is not WordRole role)
        {
            word.ContextCache = role = RoleOf(word.Text);
        }

        return role;
    }

    private static WordRole RoleOf(string word) =>
        new(PreTriggers.GetValueOrDefault(word), PostTriggers.GetValueOrDefault(word), NamingTriggers.GetValueOrDefault(word), Terminators.Contains(word));

    private static Trigger? Longest(NoteToken[] tokens, int at, int end, Trigger[] candidates)
    {
        foreach (var candidate in candidates)
        {
            if (at + candidate.Length > end)
            {
                continue;
            }

            var matches = true;
            for (var k = 1; k < candidate.Length && matches; k++)
            {
                matches = tokens[at + k].Word == candidate.Words[k];
            }

            if (matches)
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>Triggers by first word, longest first (so "no evidence of" wins over "no").</summary>
    private static FrozenDictionary<string, Trigger[]> Compile((string Phrase, ContextFlags Flag)[] phrases) =>
        phrases
            .Select(p => new Trigger([.. p.Phrase.Split(' ').Select(w => WordForms.Normalize(w))], p.Flag))
            .GroupBy(t => t.Words[0], StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(t => t.Length).ToArray(), StringComparer.Ordinal);

    /// <summary>The triggers a word starts (longest first) and whether it ends a trigger's scope.</summary>
    private sealed record WordRole(Trigger[]? Pre, Trigger[]? Post, Trigger[]? Naming, bool Terminates);

    private sealed record Trigger(string[] Words, ContextFlags Flag)
    {
        public int Length => Words.Length;
    }
}
