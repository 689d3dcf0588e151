using MedCoder.Coding.Context;
using MedCoder.Coding.Reading;
using MedCoder.Contracts.Encounters;

namespace MedCoder.Coding.Rules;

/// <summary>A code read from a status phrase: its code (no dot), kind, and the sentence and tokens [FirstToken, EndToken) that name it.</summary>
public readonly record struct StatusMention(string Code, StatusKind Kind, int Sentence, int FirstToken, int EndToken);

/// <summary>
/// Status codes a claim carries besides the conditions treated, read from the phrases of <see cref="StatusPhrases"/>
/// where each kind means something: allergy status only from the allergy list (or "allergic to"), long-term drug therapy
/// from the medication list (or "on warfarin"), a device the patient has, a past operation only where the note says it is
/// past (past surgical history, "s/p", "history of"), and the reason for the encounter (pre-operative evaluation,
/// screening) where the note states why the patient came. Claim purpose only.
/// An allergy status is coded only when the note ties it to this visit's care: the allergen (or a drug of its class) is
/// named again outside the allergy and medication lists ("because of her penicillin allergy, doxycycline"), as coders
/// code Z88 only when the allergy changes the treatment given (Guidelines I.C.21.c.3, IV.J).
/// </summary>
public static class StatusStatements
{
    private const ContextFlags NotAsserted = ContextFlags.Negated | ContextFlags.Family | ContextFlags.Hypothetical | ContextFlags.Uncertain | ContextFlags.Allergy;

    private static readonly PhraseMatcher<StatusCode[]> Matcher = new(StatusPhrases.All);

    // "pacemaker placement", "colostomy takedown": the device is what this encounter does, not what the patient has.
    private static readonly HashSet<string> ProcedureWords = new(StringComparer.Ordinal)
    {
        "placement", "insertion", "implantation", "implant", "removal", "extraction", "upgrade", "exchange", "interrogation", "takedown", "reversal",
        "closure", "revision", "creation", "check", "scheduled", "planned",
    };

    // "Clearance for planned right total knee arthroplasty": a device still to come is no status.
    private static readonly HashSet<string> NeedWords = new(StringComparer.Ordinal)
    {
        "for", "need", "needs", "require", "requires", "candidate", "planned", "scheduled", "upcoming", "proposed", "pending", "awaiting", "before",
    };

    // A drug the list says is no longer taken, or given only now.
    private static readonly HashSet<string> StoppedWords = new(StringComparer.Ordinal)
    {
        "discontinued", "discontinue", "stopped", "stop", "held", "hold", "holding", "sliding", "scale",
    };

    // Started now: not long-term therapy yet (I.C.21.c.3: not for a brief period to treat an acute illness). Read up to the
    // end of the drug's line entry ("Apixaban 5 mg twice daily (new)").
    private static readonly HashSet<string> NewWords = new(StringComparer.Ordinal) { "new", "newly", "started", "starting", "initiated", "initiate" };
    private const int DoseReach = 8;

    // A screening, surveillance or suture removal the note plans for later ("return to annual lung cancer screening",
    // "surveillance colonoscopy overdue, to be done after recovery", "suture removal 5 days") or tells of as past ("low-dose CT
    // for lung cancer screening last month showed a nodule") is not why the patient came now (Guidelines IV.A: the reason
    // for this encounter).
    private static readonly HashSet<string> OtherEncounterWords = new(StringComparer.Ordinal)
    {
        "return", "overdue", "due", "schedule", "scheduled", "next", "will", "planned", "recommend", "recommended", "arrange", "arranged",
        "last", "ago", "prior", "previous", "showed", "revealed", "detected", "demonstrated",
    };

    // "5 days", "2 weeks" from now; months and years only after "in" ("in 6 months"): "4 years" is more often an age.
    private static readonly HashSet<string> ShortTimeUnits = new(StringComparer.Ordinal) { "day", "days", "week" };
    private static readonly HashSet<string> LongTimeUnits = new(StringComparer.Ordinal) { "month", "year" };
    private const int OtherEncounterReach = 6;

    // Reactions that are side effects or intolerance of a drug, not an allergy to it.
    private static readonly HashSet<string> IntoleranceWords = new(StringComparer.Ordinal)
    {
        "nausea", "vomiting", "upset", "diarrhea", "constipation", "photosensitivity", "tendon", "tendinitis", "tendonitis", "confusion",
        "drowsiness", "sedation", "dizziness", "headache", "myalgia", "myalgias", "intolerance", "jitteriness", "insomnia",
    };

    private const int ReactionReach = 6;

    public static void Find(ReadNote note, ContextFlags[] flags, CareSetting setting, List<StatusMention> found)
    {
        var first = found.Count;
        var allergensInCare = new HashSet<string>(StringComparer.Ordinal);
        var tokens = note.Tokens;
        for (var s = 0; s < note.Sentences.Length; s++)
        {
            var sentence = note.Sentences[s];
            for (var t = sentence.FirstToken; t < sentence.EndToken; t++)
            {
                if (!Matcher.TryMatch(tokens, t, sentence.EndToken, out var length, out var codes))
                {
                    continue;
                }

                foreach (var code in codes)
                {
                    if (code.Kind == StatusKind.Allergen && sentence.Section is not (SectionKind.Allergies or SectionKind.Medications or SectionKind.FamilyHistory))
                    {
                        allergensInCare.Add(code.Code);
                    }
                }

                foreach (var code in codes)
                {
                    if (Counts(code, note, sentence, t, t + length, flags[t], setting))
                    {
                        found.Add(new StatusMention(code.Sided ? code.Code + Side(tokens, sentence, t, t + length) : code.Code, code.Kind, s, t, t + length));
                        break;
                    }
                }

                t += length - 1;
            }
        }

        for (var k = found.Count - 1; k >= first; k--)
        {
            if (found[k].Kind == StatusKind.Allergen && !allergensInCare.Contains(found[k].Code))
            {
                found.RemoveAt(k);
            }
        }
    }

    private static bool Counts(StatusCode code, ReadNote note, NoteSentence sentence, int from, int to, ContextFlags flags, CareSetting setting)
    {
        var section = sentence.Section;
        if (section is SectionKind.FamilyHistory || (flags & ContextFlags.Family) != 0)
        {
            return false;
        }

        var tokens = note.Tokens;
        switch (code.Kind)
        {
            case StatusKind.Allergen:
                return (flags & ContextFlags.Allergy) != 0 && (flags & (ContextFlags.Negated | ContextFlags.Hypothetical)) == 0
                    && !IntoleranceIsTheReaction(note, sentence, to);

            case StatusKind.LongTermDrug:
                // The past history lists what is taken now too ("atrial fibrillation on warfarin"); elsewhere "history of" is past.
                var history = SectionKinds.IsPastHistory(section) ? ContextFlags.None : ContextFlags.History;
                return (flags & (NotAsserted | history)) == 0 && section is not (SectionKind.Allergies or SectionKind.Plan)
                    && (section == SectionKind.Medications || Before(tokens, sentence, from, 2, w => w is "on" or "taking" or "take" or "takes"))
                    && !Within(tokens, sentence, from, to, 4, StoppedWords.Contains)
                    && !Within(tokens, sentence, to, to, DoseReach, NewWords.Contains)
                    && !ForACourse(note, sentence, to);

            case StatusKind.Device:
                return (flags & NotAsserted) == 0 && section is not (SectionKind.Procedures or SectionKind.Plan or SectionKind.Allergies or SectionKind.Medications)
                    && !(to < sentence.EndToken && ProcedureWords.Contains(tokens[to].Word))
                    && !Before(tokens, sentence, from, 3, NeedWords.Contains) && !SaysPriorTo(tokens, sentence, from);

            case StatusKind.Operation:
                return (flags & ContextFlags.History) != 0 && (flags & NotAsserted) == 0
                    && section is not (SectionKind.Procedures or SectionKind.Plan or SectionKind.Allergies or SectionKind.Medications)
                    && !(to < sentence.EndToken && ProcedureWords.Contains(tokens[to].Word)); // "s/p colostomy takedown"

            case StatusKind.EncounterReason:
                // "Colon cancer screening": the screening word makes the words before it hypothetical; that is the point here.
                return (flags & (ContextFlags.Negated | ContextFlags.Family | ContextFlags.History | ContextFlags.Allergy)) == 0
                    && section is SectionKind.ChiefComplaint or SectionKind.Hpi or SectionKind.Indications or SectionKind.Assessment
                        or SectionKind.DischargeDiagnoses or SectionKind.PreoperativeDiagnosis or SectionKind.PostoperativeDiagnosis or SectionKind.Other
                    && !(code.Code.StartsWith("Z0181", StringComparison.Ordinal) && setting == CareSetting.Inpatient)
                    && !SaysOtherEncounter(tokens, sentence, from, to);

            default:
                return false;
        }
    }

    /// <summary>The last character of a sided status code: the side written nearest before the phrase, else just after it.</summary>
    private static char Side(NoteToken[] tokens, NoteSentence sentence, int from, int to)
    {
        for (var k = from - 1; k >= Math.Max(sentence.FirstToken, from - 4); k--)
        {
            if (SideOf(tokens[k].Word) is { } side)
            {
                return side;
            }
        }

        for (var k = to; k < Math.Min(sentence.EndToken, to + 3); k++)
        {
            if (SideOf(tokens[k].Word) is { } side)
            {
                return side;
            }
        }

        return '9';
    }

    private static char? SideOf(string word) => word switch
    {
        "right" or "r" => '1',
        "left" or "l" => '2',
        "bilateral" or "both" => '3',
        _ => null,
    };

    /// <summary>"Clearance prior to right total knee arthroplasty": still to come ("prior stent" alone is a past one).</summary>
    private static bool SaysPriorTo(NoteToken[] tokens, NoteSentence sentence, int at)
    {
        for (var k = at - 1; k > Math.Max(sentence.FirstToken, at - 3); k--)
        {
            if (tokens[k].Word == "to" && tokens[k - 1].Word == "prior")
            {
                return true;
            }
        }

        return false;
    }

    private static bool Before(NoteToken[] tokens, NoteSentence sentence, int at, int reach, Func<string, bool> test)
    {
        for (var k = at - 1; k >= Math.Max(sentence.FirstToken, at - reach); k--)
        {
            if (test(tokens[k].Word))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The sentence puts the phrase in another encounter: a word of <see cref="OtherEncounterWords"/> or a time from now ("5 days", "in 6 months") near it.</summary>
    internal static bool SaysOtherEncounter(NoteToken[] tokens, NoteSentence sentence, int from, int to)
    {
        for (var k = Math.Max(sentence.FirstToken, from - OtherEncounterReach); k < Math.Min(sentence.EndToken, to + OtherEncounterReach); k++)
        {
            var word = tokens[k].Word;
            var afterNumber = k > sentence.FirstToken && char.IsDigit(tokens[k - 1].Word[^1]);
            if (OtherEncounterWords.Contains(word) || (afterNumber && ShortTimeUnits.Contains(word))
                || (afterNumber && LongTimeUnits.Contains(word) && k - 2 >= sentence.FirstToken && tokens[k - 2].Word == "in"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "Erythromycin - GI upset", "ciprofloxacin (tendon pain)": the entry's reaction is a side effect or intolerance, not an
    /// allergy, so no allergy status (Z88 is allergy status, I.C.21.c.3). Read up to the entry's end (a comma or semicolon).
    /// </summary>
    private static bool IntoleranceIsTheReaction(ReadNote note, NoteSentence sentence, int to)
    {
        var tokens = note.Tokens;
        for (var k = to; k < Math.Min(sentence.EndToken, to + ReactionReach); k++)
        {
            if (k > to && note.Text.AsSpan(tokens[k - 1].End, Math.Max(0, tokens[k].Start - tokens[k - 1].End)).IndexOfAny(',', ';') >= 0)
            {
                return false;
            }

            if (IntoleranceWords.Contains(tokens[k].Word))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The drug's entry gives it an end ("aspirin 81 mg BID x 6 weeks", "clopidogrel 75 (21 days)", "(DVT ppx, completed)"):
    /// a course, not long-term therapy (I.C.21.c.3). Read up to the entry's end, or past one comma inside parentheses.
    /// </summary>
    private static bool ForACourse(ReadNote note, NoteSentence sentence, int to)
    {
        var tokens = note.Tokens;
        for (var k = to; k < Math.Min(sentence.EndToken, to + DoseReach); k++)
        {
            var gap = k > to ? note.Text.AsSpan(tokens[k - 1].End, Math.Max(0, tokens[k].Start - tokens[k - 1].End)) : [];
            if (gap.IndexOfAny(',', ';') >= 0 && !InParentheses(note.Text, tokens[k].Start))
            {
                return false;
            }

            var word = tokens[k].Word;
            if (CourseEndWords.Contains(word) || (k - 1 > to && char.IsDigit(tokens[k - 1].Word[^1]) && ShortTimeUnits.Contains(word) && CountsACourse(note, k - 1)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"x 6 weeks", "for 4 weeks", "(21 days)": the count is the drug's duration, not the illness's ("on metformin, presented with 5 days of cough").</summary>
    private static bool CountsACourse(ReadNote note, int count)
    {
        var tokens = note.Tokens;
        var before = tokens[count - 1];
        return before.Word is "x" or "for" || note.Text.AsSpan(before.End, Math.Max(0, tokens[count].Start - before.End)).IndexOfAny('(', '×') >= 0;
    }

    private static readonly HashSet<string> CourseEndWords = new(StringComparer.Ordinal) { "completed", "complete", "finished" };

    /// <summary>Whether an opening parenthesis before the position on its line is not yet closed.</summary>
    private static bool InParentheses(string text, int at)
    {
        var open = text.LastIndexOf('(', Math.Max(0, at - 1));
        var lineStart = text.LastIndexOf('\n', Math.Max(0, at - 1));
        return open > lineStart && text.IndexOf(')', open) is var close && (close < 0 || close >= at);
    }

    private static bool Within(NoteToken[] tokens, NoteSentence sentence, int from, int to, int reach, Func<string, bool> test)
    {
        for (var k = Math.Max(sentence.FirstToken, from - reach); k < Math.Min(sentence.EndToken, to + reach); k++)
        {
            if (test(tokens[k].Word))
            {
                return true;
            }
        }

        return false;
    }
}
