using MedCoder.Coding.Context;
using MedCoder.Coding.Reading;

namespace MedCoder.Coding.Rules;

/// <summary>
/// Tobacco as a coder reads a social history: a current smoker is nicotine dependence by product (the Index: "Smoker —
/// see Dependence, drug, nicotine"; cigarettes F17.210, chewing tobacco F17.220, cigars, pipes and e-cigarettes F17.290), a
/// former smoker the personal history Z87.891, a never-smoker nothing. Read clause by clause ("Former smoker, no
/// alcohol"), since a social history line mixes substances. When the note documents current use anywhere, the personal
/// history is not also coded (Z87.891 excludes current dependence). Claim purpose only.
/// </summary>
public static class TobaccoUse
{
    public const string Former = "Z87891";
    private const string Cigarettes = "F17210";
    private const string Chewing = "F17220";
    private const string OtherProduct = "F17290";

    // The verb and the person say smoking, the product what is smoked: "smokes" is cigarettes unless the clause says cigars.
    private const string Smoking = "smoking";

    private static readonly PhraseMatcher<string> Products = new(
    [
        ("smoker", Smoking), ("smokes", Smoking), ("smoking", Smoking), ("smoked", Smoking),
        ("cigarette", Cigarettes), ("cigarettes", Cigarettes), ("cigs", Cigarettes), ("ppd", Cigarettes), ("pack per day", Cigarettes),
        ("packs per day", Cigarettes), ("pack year", Cigarettes), ("pack years", Cigarettes),
        ("chewing tobacco", Chewing), ("chews tobacco", Chewing), ("smokeless tobacco", Chewing), ("snuff", Chewing), ("dips", Chewing),
        ("cigar", OtherProduct), ("cigars", OtherProduct), ("pipe smoker", OtherProduct), ("vapes", OtherProduct), ("vaping", OtherProduct),
        ("e cigarette", OtherProduct), ("e cigarettes", OtherProduct),
    ]);

    private static readonly HashSet<string> NegativeWords = new(StringComparer.Ordinal)
    {
        "never", "no", "not", "none", "denies", "deny", "denied", "non", "nonsmoker", "negative", "nonsmoking",
    };

    private static readonly HashSet<string> NeverWords = new(StringComparer.Ordinal) { "never" };

    private static readonly HashSet<string> FormerWords = new(StringComparer.Ordinal)
    {
        "former", "formerly", "ex", "quit", "stopped", "remote", "previous", "previously", "prior", "past",
    };

    // A past tense or a "history" says former unless the clause gives a rate of use ("smoked 20 cigarettes per day").
    private static readonly HashSet<string> PastWords = new(StringComparer.Ordinal) { "smoked", "used", "history" };

    private static readonly HashSet<string> RateWords = new(StringComparer.Ordinal) { "day", "daily", "ppd", "week", "weekly" };

    private static readonly HashSet<string> SmokedOtherThanTobacco = new(StringComparer.Ordinal)
    {
        "marijuana", "cannabis", "crack", "cocaine", "methamphetamine", "meth", "heroin", "opium", "hashish", "weed",
    };

    // Smoke the patient breathes from others' smoking (Z77.22 exposure, not the patient's use).
    private static readonly HashSet<string> ExposureWords = new(StringComparer.Ordinal) { "secondhand", "passive", "exposure", "exposed", "environmental" };

    // Another substance a clause is about ("Quit alcohol 5 years ago, smokes 1 ppd"): its "quit" is not the tobacco's.
    private static readonly HashSet<string> OtherSubstances = new(StringComparer.Ordinal)
    {
        "alcohol", "etoh", "drink", "drinks", "drinking", "beer", "wine", "liquor", "drug", "drugs", "marijuana", "cannabis", "cocaine", "heroin",
        "methamphetamine", "opioid", "substance",
    };

    private static readonly HashSet<string> OccasionalWords = new(StringComparer.Ordinal) { "occasional", "occasionally", "rarely", "rare", "socially" };

    // "trying to quit", "counseled on cessation", "1 ppd currently": still a smoker.
    private static readonly HashSet<string> CurrentWords = new(StringComparer.Ordinal)
    {
        "current", "currently", "daily", "trying", "wants", "cessation", "active", "continues", "still",
    };

    /// <summary>Tobacco codes of a note, one per clause that documents tobacco; current use wins over a former one.</summary>
    public static void Find(ReadNote note, ContextFlags[] flags, List<StatusMention> found)
    {
        var read = new List<StatusMention>();
        var tokens = note.Tokens;
        for (var s = 0; s < note.Sentences.Length; s++)
        {
            var sentence = note.Sentences[s];
            if (sentence.Section is SectionKind.FamilyHistory or SectionKind.Allergies or SectionKind.Medications or SectionKind.Plan or SectionKind.Labs)
            {
                continue;
            }

            for (var t = sentence.FirstToken; t < sentence.EndToken; t++)
            {
                if (!Products.TryMatch(tokens, t, sentence.EndToken, out var length, out var product) || IsPostpartumDay(note, t, sentence))
                {
                    continue;
                }

                if ((flags[t] & (ContextFlags.Family | ContextFlags.Hypothetical | ContextFlags.Allergy)) == 0
                    && (IsQuestion(note, sentence) ? Answer(note, s, product) : Read(note, sentence, t, t + length, product)) is { } code)
                {
                    read.Add(new StatusMention(code, StatusKind.Tobacco, s, t, t + length));
                }

                break; // one reading per sentence
            }
        }

        var current = read.Exists(m => m.Code != Former);
        found.AddRange(current ? read.Where(m => m.Code != Former) : read);
    }

    /// <summary>"Discharged PPD 1", "PPD #2": the postpartum day, not packs per day (which follows its number: "1 ppd").</summary>
    private static bool IsPostpartumDay(ReadNote note, int t, NoteSentence sentence) =>
        note.Tokens[t].Word == "ppd" && t + 1 < sentence.EndToken && note.Tokens[t + 1].Word is [var first, ..] && (char.IsAsciiDigit(first) || first == '#');

    private static string? Read(ReadNote note, NoteSentence sentence, int from, int to, string product)
    {
        var (start, end) = Clause(note, sentence, from, to);
        var tokens = note.Tokens;
        bool Has(HashSet<string> words) => Contains(tokens, start, end, words);
        if (product == Smoking && (Has(SmokedOtherThanTobacco) || Has(ExposureWords)))
        {
            return null; // "a regular marijuana smoker"; "secondhand smoke at home" is someone else's smoking
        }

        product = product == Smoking ? ProductIn(tokens, start, end) ?? Cigarettes : product;

        // "no longer smokes" is a former smoker, not a never-smoker.
        var noLonger = false;
        for (var k = start; k + 1 < end; k++)
        {
            noLonger |= tokens[k].Word == "no" && tokens[k + 1].Word == "longer";
        }

        if (Has(CurrentWords) && !noLonger)
        {
            return product;
        }

        // "Smokes cigars occasionally" is no dependence, and coders leave an occasional use the visit does not address.
        if (Has(OccasionalWords))
        {
            return null;
        }

        // "Denies tobacco, vaping, alcohol": the denial heads the sentence's list, each clause of it.
        if (tokens[sentence.FirstToken].Word is "denies" or "denied" or "deny")
        {
            return null;
        }

        // "Never smoked": the past tense of a never-smoker is no personal history.
        if (Contains(tokens, start, end, NeverWords))
        {
            return null;
        }

        if (noLonger || Has(FormerWords) || QuitInAnotherClause(note, sentence, start, end) || (Has(PastWords) && !Has(RateWords)))
        {
            return Former;
        }

        return Has(NegativeWords) ? null : product;
    }

    private static bool IsQuestion(ReadNote note, NoteSentence sentence) => sentence.End < note.Text.Length && note.Text[sentence.End] == '?';

    /// <summary>
    /// A dictated prompt answered by the next sentence ("Current smoker? Quit last year.", "Smokes? Never."): the answer says
    /// the status, the prompt only the product; no answer, no reading.
    /// </summary>
    private static string? Answer(ReadNote note, int question, string product)
    {
        if (question + 1 >= note.Sentences.Length || note.Sentences[question + 1].Section != note.Sentences[question].Section)
        {
            return null;
        }

        var answer = note.Sentences[question + 1];

        var tokens = note.Tokens;
        product = product == Smoking ? Cigarettes : product;
        return Contains(tokens, answer.FirstToken, answer.EndToken, NeverWords) || tokens[answer.FirstToken].Word is "no" or "denies" ? null
            : Contains(tokens, answer.FirstToken, answer.EndToken, FormerWords) ? Former
            : tokens[answer.FirstToken].Word is "yes" || Contains(tokens, answer.FirstToken, answer.EndToken, CurrentWords) ? product
            : null;
    }

    /// <summary>The product a clause names ("smokes cigars occasionally"), or null when it names none.</summary>
    private static string? ProductIn(NoteToken[] tokens, int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            if (Products.TryMatch(tokens, k, end, out _, out var product) && product != Smoking)
            {
                return product;
            }
        }

        return null;
    }

    /// <summary>"He smoked 1 ppd for 30 years, quit in 2010": a clause of the sentence that says "quit" about no other substance.</summary>
    private static bool QuitInAnotherClause(ReadNote note, NoteSentence sentence, int start, int end)
    {
        var tokens = note.Tokens;
        for (var k = sentence.FirstToken; k < sentence.EndToken; k++)
        {
            if ((k < start || k >= end) && tokens[k].Word is "quit" or "stopped" && Clause(note, sentence, k, k + 1) is var (from, to)
                && !Contains(tokens, from, to, OtherSubstances))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Contains(NoteToken[] tokens, int from, int to, HashSet<string> words)
    {
        for (var k = from; k < to; k++)
        {
            if (words.Contains(tokens[k].Word))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The tokens of the clause around [from, to): up to a comma or semicolon of the text on either side.</summary>
    private static (int Start, int End) Clause(ReadNote note, NoteSentence sentence, int from, int to)
    {
        var tokens = note.Tokens;
        var start = from;
        while (start > sentence.FirstToken && !Breaks(note.Text, tokens[start - 1].End, tokens[start].Start))
        {
            start--;
        }

        var end = to;
        while (end < sentence.EndToken && !Breaks(note.Text, tokens[end - 1].End, tokens[end].Start))
        {
            end++;
        }

        return (start, end);
    }

    private static bool Breaks(string text, int from, int to) => text.AsSpan(from, Math.Max(0, to - from)).IndexOfAny(',', ';') >= 0;
}
