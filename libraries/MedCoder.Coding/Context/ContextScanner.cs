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

    // A list a trigger governs to its end: "risks including ...", "allergic to ...".
    private const int ListWindow = NegationWindow;

    // "Apixaban for stroke prevention", "exercise stress test", "blood cultures": the words just before name what is
    // prevented or looked for, not what the patient has; the reach stops short of the condition being treated
    // ("atrial fibrillation on apixaban for stroke prevention").
    private const int NamingReach = 3;

    private static readonly (string Phrase, ContextFlags Flag, int Window)[] ListTriggers =
    [
        // "Risks including bleeding, infection, MI, DVT, PE": a consent's list of what might happen, as long as a negated list.
        ("risk", ContextFlags.Hypothetical, ListWindow), ("risk factor", ContextFlags.None, 0), ("risk including", ContextFlags.Hypothetical, ListWindow),
        ("risk include", ContextFlags.Hypothetical, ListWindow), ("complication including", ContextFlags.Hypothetical, ListWindow),
        ("complication such as", ContextFlags.Hypothetical, ListWindow), ("potential complication", ContextFlags.Hypothetical, ListWindow),
        ("allergic to", ContextFlags.Allergy, ListWindow), ("allergy to", ContextFlags.Allergy, ListWindow),
        ("intolerant of", ContextFlags.Allergy, ListWindow), ("intolerance to", ContextFlags.Allergy, ListWindow),

        // "Penicillin allergy with anaphylaxis": the allergy's reaction, an allergy status (Z88), not an anaphylaxis now.
        ("allergy with", ContextFlags.Allergy, 4), ("intolerance with", ContextFlags.Allergy, 4),

        // "Non-bilious vomiting" is vomiting that is not bilious (R11.10, not R11.14): "non-" denies the one word it joins; a term
        // that starts with it ("non-Hodgkin lymphoma") is read from its own first word.
        ("non", ContextFlags.Negated, 1),

        // "PCN - hives (tolerated ceftriaxone)": a drug taken without reaction is no allergy.
        ("tolerated", ContextFlags.Negated, 2), ("tolerates", ContextFlags.Negated, 2),
    ];

    private static readonly FrozenDictionary<string, Trigger[]> PreTriggers = Compile(ListTriggers,
    [
        ("no", ContextFlags.Negated), ("not", ContextFlags.Negated), ("deny", ContextFlags.Negated), ("denied", ContextFlags.Negated),
        ("denying", ContextFlags.Negated), ("without", ContextFlags.Negated), ("negative for", ContextFlags.Negated),
        ("no evidence of", ContextFlags.Negated), ("no sign of", ContextFlags.Negated), ("free of", ContextFlags.Negated),
        ("absence of", ContextFlags.Negated), ("never", ContextFlags.Negated), ("neither", ContextFlags.Negated), ("nor", ContextFlags.Negated),
        ("ruled out", ContextFlags.Negated), ("resolution of", ContextFlags.Negated), ("absent", ContextFlags.Negated),

        // "Chest x-ray did not show any CHF": the verb after "not" would end the scope as a terminator; the phrase carries it.
        ("not show", ContextFlags.Negated), ("not reveal", ContextFlags.Negated), ("not demonstrate", ContextFlags.Negated),
        ("not suggest", ContextFlags.Negated), ("not have", ContextFlags.Negated), ("not see", ContextFlags.Negated),
        ("not consistent with", ContextFlags.Negated), ("fail to show", ContextFlags.Negated), ("fail to reveal", ContextFlags.Negated),
        ("without evidence of", ContextFlags.Negated), ("no history of", ContextFlags.Negated), ("none", ContextFlags.Negated),
        ("without diagnosis of", ContextFlags.Negated), ("without a diagnosis of", ContextFlags.Negated), ("no diagnosis of", ContextFlags.Negated),

        // "Recheck before labeling hypertension", "follow-up after completed treatment for pneumonia".
        ("before labeling", ContextFlags.Hypothetical), ("before diagnosing", ContextFlags.Hypothetical),
        ("completed treatment for", ContextFlags.History), ("completed treatment of", ContextFlags.History),
        ("rule out", ContextFlags.Uncertain), ("probable", ContextFlags.Uncertain), ("probably", ContextFlags.Uncertain),
        ("suspected", ContextFlags.Uncertain), ("suspect", ContextFlags.Uncertain), ("suspicion of", ContextFlags.Uncertain),
        ("possible", ContextFlags.Uncertain), ("possibly", ContextFlags.Uncertain), ("likely", ContextFlags.Uncertain),
        ("questionable", ContextFlags.Uncertain), ("concern for", ContextFlags.Uncertain), ("presumed", ContextFlags.Uncertain),
        ("presumptive", ContextFlags.Uncertain), ("differential diagnosis", ContextFlags.Uncertain), ("versus", ContextFlags.Uncertain),
        ("compatible with", ContextFlags.Uncertain),

        // The uncertain terms of Guidelines II.H and IV.H besides those above.
        ("consistent with", ContextFlags.Uncertain), ("indicative of", ContextFlags.Uncertain), ("suggestive of", ContextFlags.Uncertain),
        ("comparable with", ContextFlags.Uncertain), ("suspicious for", ContextFlags.Uncertain), ("worrisome for", ContextFlags.Uncertain),
        ("concerning for", ContextFlags.Uncertain), ("evaluate for", ContextFlags.Uncertain), ("evaluation for", ContextFlags.Uncertain),
        ("question of", ContextFlags.Uncertain), ("cannot exclude", ContextFlags.Uncertain), ("may represent", ContextFlags.Uncertain),
        ("possibility of", ContextFlags.Uncertain), ("differential", ContextFlags.Uncertain), ("suggests", ContextFlags.Uncertain),
        ("considerations", ContextFlags.Uncertain),

        // A question the patient or family raises is not the provider's diagnosis: "she wonders about Lewy body dementia".
        ("wonders about", ContextFlags.Uncertain), ("wondering about", ContextFlags.Uncertain), ("asks about", ContextFlags.Uncertain),
        ("asked about", ContextFlags.Uncertain), ("worried about", ContextFlags.Uncertain), ("concerned about", ContextFlags.Uncertain),
        ("screening for", ContextFlags.Hypothetical), ("screen for", ContextFlags.Hypothetical),
        ("history of", ContextFlags.History), ("status post", ContextFlags.History), ("previous", ContextFlags.History),
        ("prior", ContextFlags.History), ("past", ContextFlags.History), ("formerly", ContextFlags.History),
        ("former", ContextFlags.History), ("ex", ContextFlags.History), ("quit", ContextFlags.History), ("remote", ContextFlags.History),
        ("previously", ContextFlags.History),
        ("family history", ContextFlags.Family), ("mother", ContextFlags.Family), ("father", ContextFlags.Family),
        ("brother", ContextFlags.Family), ("sister", ContextFlags.Family), ("sibling", ContextFlags.Family),
        ("grandmother", ContextFlags.Family), ("grandfather", ContextFlags.Family), ("aunt", ContextFlags.Family), ("uncle", ContextFlags.Family),
        ("maternal", ContextFlags.Family), ("paternal", ContextFlags.Family), ("mom", ContextFlags.Family), ("dad", ContextFlags.Family),
        ("parent", ContextFlags.Family), ("son", ContextFlags.Family), ("daughter", ContextFlags.Family), ("cousin", ContextFlags.Family),
        ("fh", ContextFlags.Family),
        ("if", ContextFlags.Hypothetical), ("return if", ContextFlags.Hypothetical), ("return for", ContextFlags.Hypothetical),
        ("sooner for", ContextFlags.Hypothetical), ("sooner if", ContextFlags.Hypothetical), ("call for", ContextFlags.Hypothetical), ("in case of", ContextFlags.Hypothetical),
        ("watch for", ContextFlags.Hypothetical), ("should", ContextFlags.Hypothetical), ("risk of", ContextFlags.Hypothetical),
        ("prevent", ContextFlags.Hypothetical), ("prophylaxis", ContextFlags.Hypothetical),
        ("monitor for", ContextFlags.Hypothetical), ("in the event of", ContextFlags.Hypothetical),

    ]);

    private static readonly FrozenDictionary<string, Trigger[]> PostTriggers = Compile(
    [
        ("ruled out", ContextFlags.Negated), ("was ruled out", ContextFlags.Negated), ("excluded", ContextFlags.Negated),
        ("was excluded", ContextFlags.Negated), ("was negative", ContextFlags.Negated), ("were negative", ContextFlags.Negated),
        ("negative", ContextFlags.Negated), ("unlikely", ContextFlags.Negated), ("absent", ContextFlags.Negated),
        ("not seen", ContextFlags.Negated), ("not present", ContextFlags.Negated), ("not identified", ContextFlags.Negated),
        ("not found", ContextFlags.Negated), ("denied", ContextFlags.Negated), ("not supported", ContextFlags.Negated),

        // Normal findings: "Wound clean, dry and intact", "Chest x-ray unremarkable".
        ("intact", ContextFlags.Negated), ("unremarkable", ContextFlags.Negated), ("within normal limit", ContextFlags.Negated),
        ("wnl", ContextFlags.Negated), ("well healed", ContextFlags.Negated), ("healing well", ContextFlags.Negated),
        ("is suspected", ContextFlags.Uncertain), ("was suspected", ContextFlags.Uncertain), ("suspected", ContextFlags.Uncertain),
        ("cannot be excluded", ContextFlags.Uncertain), ("not excluded", ContextFlags.Uncertain), ("is possible", ContextFlags.Uncertain),
        ("cannot be ruled out", ContextFlags.Uncertain), ("is likely", ContextFlags.Uncertain), ("is questionable", ContextFlags.Uncertain),
        ("resolved", ContextFlags.History | ContextFlags.Resolved), ("quit", ContextFlags.History), ("in the past", ContextFlags.History),
    ]);

    // How far back a dated "in 2019" reaches: "displaced trimalleolar fracture of the right ankle in 2019".
    private const int DatedEventReach = 10;

    private static readonly FrozenSet<string> Months = new[]
    {
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    }.ToNormalizedSet();

    private static readonly FrozenSet<string> EventJoiners = new[] { "post", "after", "with", "and", "or", "had", "has", "underwent", "s/p" }.ToNormalizedSet();

    private static readonly FrozenDictionary<string, Trigger[]> NamingTriggers = Compile(
    [
        ("prevention", ContextFlags.Hypothetical), ("prophylaxis", ContextFlags.Hypothetical), ("ppx", ContextFlags.Hypothetical), ("test", ContextFlags.Hypothetical),
        ("culture", ContextFlags.Hypothetical), ("screening", ContextFlags.Hypothetical),
        ("precaution", ContextFlags.Hypothetical), ("vaccine", ContextFlags.Hypothetical), ("vaccination", ContextFlags.Hypothetical), ("immunization", ContextFlags.Hypothetical),
        ("shot", ContextFlags.Hypothetical), ("booster", ContextFlags.Hypothetical),

        // "Smoking raises her stroke and aneurysm risk" names what is risked; "diabetes is a cardiac risk factor" does not.
        ("risk", ContextFlags.Hypothetical), ("risk factor", ContextFlags.None),
    ]);

    private static readonly FrozenSet<string> Terminators = new[]
    {
        "but", "however", "although", "though", "except", "which", "who", "presented", "present", "presenting", "showed",
        "show", "revealed", "reveal", "secondary", "cause", "caused", "etiology", "because", "since", "diagnosed",
        "diagnosis", "developed", "admitted", "complained", "complaining", "reported", "report", "now", "currently",

        // An informant's verb: "Mother states he has had fever" is the patient's fever, not the mother's.
        "state", "stated", "say", "said", "note", "noted", "notice", "noticed", "concerned", "brought", "endorse", "endorsed", "believe", "think",
    }.ToNormalizedSet();

    // A consent discussion names what may happen, not what the patient has: a sentence with "risks" (or complications)
    // and one of these words is hypothetical as a whole ("The risks, benefits and alternatives including bleeding,
    // infection, DVT and PE were discussed").
    private static readonly FrozenSet<string> RiskWords = new[] { "risk", "complication" }.ToNormalizedSet();

    private static readonly FrozenSet<string> ConsentWords = new[]
    {
        "discussed", "discuss", "explained", "reviewed", "understand", "understands", "understood", "consent", "consented", "agreed",
        "agrees", "benefit", "alternative", "informed", "wishes", "accept", "accepted",
    }.ToNormalizedSet();

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
                SectionKind.PastMedicalHistory or SectionKind.PastSurgicalHistory => ContextFlags.History,
                SectionKind.Allergies => ContextFlags.Allergy,
                _ => ContextFlags.None,
            } | (IsConsentDiscussion(note, sentence) ? ContextFlags.Hypothetical : ContextFlags.None);
            var question = sentence.End < note.Text.Length && note.Text[sentence.End] == '?';
            for (var t = sentence.FirstToken; t < sentence.EndToken; t++)
            {
                flags[t] |= sectionFlag | (question ? ContextFlags.Uncertain : ContextFlags.None);
                var word = RoleOf(note, t);
                if (word.Pre is { } pre && Longest(tokens, t, sentence.EndToken, pre) is { } forward)
                {
                    var end = Math.Min(sentence.EndToken, t + forward.Length + forward.Window);
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
                        // "Pneumonia, ruled out" reaches past its comma; "pneumonia, organism not identified" stops at it:
                        // the trigger already has its own subject.
                        if (k + 1 < t && HasClauseBreak(note, k, k + 1))
                        {
                            break;
                        }

                        flags[k] |= backward.Flag;
                    }
                }

                if (t == sentence.FirstToken && note.Text.AsSpan(sentence.Start, note.Tokens[t].Start - sentence.Start).Contains('?'))
                {
                    // "? concussion": the doubt written before a statement covers it, up to a break.
                    for (var k = t; k < Math.Min(sentence.EndToken, t + ForwardWindow) && !RoleOf(note, k).Terminates && !(k > t && HasClauseBreak(note, k - 1, k)); k++)
                    {
                        flags[k] |= ContextFlags.Uncertain;
                    }
                }

                if (IsDatedEvent(note, t, sentence))
                {
                    MarkDatedEvent(note, sentence, t, flags);
                }

                if (word.Naming is { } naming && Longest(tokens, t, sentence.EndToken, naming) is { } named)
                {
                    // The reach counts written words: "PE" is read as two tokens ("pulmonary embolism") but written as one.
                    var written = 0;
                    for (var k = t - 1; k >= sentence.FirstToken && !RoleOf(note, k).Terminates; k--)
                    {
                        if (tokens[k].Start != tokens[k + 1].Start && ++written > NamingReach)
                        {
                            break;
                        }

                        // "Cholelithiasis: low risk" rates the patient; only the words joined to the naming word are named.
                        if (HasClauseBreak(note, k, k + 1, ':'))
                        {
                            break;
                        }

                        flags[k] |= named.Flag;
                    }
                }
            }
        }

        return flags;
    }

    /// <summary>
    /// "In 2023", "in March 2019": a year after a condition dates it as an event of the past ("she had an unprovoked PE in
    /// 2023", "kidney stones in 2014", "trimalleolar fracture of the right ankle in 2019").
    /// </summary>
    private static bool IsDatedEvent(ReadNote note, int t, NoteSentence sentence)
    {
        if (note.Tokens[t].Word != "in")
        {
            return false;
        }

        var year = t + 1 < sentence.EndToken && Months.Contains(note.Tokens[t + 1].Word) ? t + 2 : t + 1;
        return year < sentence.EndToken && IsYear(note.Tokens[year].Word);
    }

    private static bool IsYear(string word) =>
        word.Length == 4 && (word.StartsWith("19", StringComparison.Ordinal) || word.StartsWith("20", StringComparison.Ordinal)) && word.All(char.IsAsciiDigit);

    /// <summary>
    /// Marks the words before a dated "in" as past, back to the clause's start: a comma, a terminator ("diagnosed in 2015"
    /// dates a diagnosis, not an event) or the word that joins another condition to this one ("CAD status post CABG in
    /// 2019" dates the bypass; the coronary disease is current).
    /// </summary>
    private static void MarkDatedEvent(ReadNote note, NoteSentence sentence, int at, ContextFlags[] flags)
    {
        var start = Math.Max(sentence.FirstToken, at - DatedEventReach);
        for (var k = at - 1; k >= start && !RoleOf(note, k).Terminates && !EventJoiners.Contains(note.Tokens[k].Word); k--)
        {
            if (k + 1 < at && HasClauseBreak(note, k, k + 1))
            {
                break;
            }

            flags[k] |= ContextFlags.History;
        }
    }

    private static bool HasClauseBreak(ReadNote note, int before, int after, char also = ';')
    {
        var from = note.Tokens[before].End;
        var gap = note.Text.AsSpan(from, Math.Max(0, note.Tokens[after].Start - from));
        // A dash set apart by spaces joins two statements ("RLQ pain - appendicitis ruled out"); a hyphen inside a word does not.
        return gap.IndexOfAny(',', ';', also) >= 0 || gap.IndexOfAny('–', '—') >= 0 || (gap.Length >= 3 && gap.Trim() is "-");
    }

    private static bool IsConsentDiscussion(ReadNote note, NoteSentence sentence)
    {
        var risk = false;
        var consent = false;
        for (var t = sentence.FirstToken; t < sentence.EndToken && !(risk && consent); t++)
        {
            var word = note.Tokens[t].Word;
            // "Cardiac risk factors: hypertension, diabetes" lists what the patient has.
            risk |= RiskWords.Contains(word) && !(t + 1 < sentence.EndToken && note.Tokens[t + 1].Word == "factor");
            consent |= ConsentWords.Contains(word);
        }

        return risk && consent;
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
    private static FrozenDictionary<string, Trigger[]> Compile((string Phrase, ContextFlags Flag)[] phrases) => Compile([], phrases);

    /// <summary>Triggers with their own window, and triggers with the default one (a negation governs a list, others a few words).</summary>
    private static FrozenDictionary<string, Trigger[]> Compile((string Phrase, ContextFlags Flag, int Window)[] windowed, (string Phrase, ContextFlags Flag)[] phrases) =>
        windowed.Concat(phrases.Select(p => (p.Phrase, p.Flag, Window: p.Flag == ContextFlags.Negated ? NegationWindow : ForwardWindow)))
            .Select(p => new Trigger([.. p.Phrase.Split(' ').Select(w => WordForms.Normalize(w))], p.Flag, p.Window))
            .GroupBy(t => t.Words[0], StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(t => t.Length).ToArray(), StringComparer.Ordinal);

    /// <summary>The triggers a word starts (longest first) and whether it ends a trigger's scope.</summary>
    private sealed record WordRole(Trigger[]? Pre, Trigger[]? Post, Trigger[]? Naming, bool Terminates);

    private sealed record Trigger(string[] Words, ContextFlags Flag, int Window)
    {
        public int Length => Words.Length;
    }
}
