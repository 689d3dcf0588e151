using MedCoder.Coding.Context;
using MedCoder.Coding.Reading;
using MedCoder.Contracts.Coding;

namespace MedCoder.Coding.Rules;

/// <summary>
/// A pregnant patient's conditions (Guidelines I.C.15.a): chapter 15 codes take precedence, so a condition of another
/// chapter is coded as the obstetric code it complicates the pregnancy with, by trimester (I.C.15.a.3: from the weeks
/// documented; first under 14 weeks, second under 28, else third), followed by the condition's own code where the
/// obstetric code asks for it ("use additional code"): appendicitis at 18 weeks is O99.612 then K35.-, and Z3A.18
/// (I.C.15.b.3). Combination codes replace the condition (pre-existing essential hypertension O10.01-, urinary infection
/// O23.-). A pregnancy the provider calls incidental is Z33.1 beside the condition instead (I.C.15.a.1). Postpartum
/// encounters (puerperium codes) are left to the coder. Claim purpose only.
/// </summary>
public static class Pregnancy
{
    public const string Incidental = "Z331";

    /// <summary>The stage of a delivery at this admission, in place of a trimester: conditions take their "complicating childbirth" codes.</summary>
    public const char Childbirth = 'C';
    private const string Rule = "pregnancy:";

    // O99.82-: the carrier state complicating pregnancy (0, no trimester), childbirth (4) or the puerperium (5).
    private const string StreptococcusBCarrier = "O9982";

    // "Is pregnant", "a pregnant woman", "intrauterine pregnancy", "gravid uterus": a pregnancy now. "During her second
    // pregnancy", "pregnancy test" are not.
    private static readonly HashSet<string> PregnancyWords = new(StringComparer.Ordinal) { "pregnant", "iup", "gravid" };

    private static readonly HashSet<string> PastVerbs = new(StringComparer.Ordinal) { "was", "were", "been", "had" };

    // "Delivery at 37 weeks if stable", "prior cesarean delivery": a planned or past delivery leaves the pregnancy current.
    private static readonly HashSet<string> PostpartumWords = new(StringComparer.Ordinal) { "postpartum", "puerperium", "puerperal", "delivered" };

    /// <summary>The trimester digit of a pregnancy the notes document ('1', '2', '3', or '9' when the weeks are not written); null when none.</summary>
    public static char? Trimester(IReadOnlyList<(ReadNote Note, ContextFlags[] Flags)> notes, IEnumerable<Candidate> candidates)
    {
        var pregnant = false;
        foreach (var (note, flags) in notes)
        {
            for (var t = 0; t < note.Tokens.Length; t++)
            {
                var word = note.Tokens[t].Word;
                if (PostpartumWords.Contains(word))
                {
                    return null;
                }

                pregnant |= (PregnancyWords.Contains(word) || (word == "pregnancy" && t > 0 && note.Tokens[t - 1].Word == "intrauterine"))
                    && flags[t] == ContextFlags.None && !(t > 0 && PastVerbs.Contains(note.Tokens[t - 1].Word))
                    && note.Sentences[note.Tokens[t].Sentence].Section is not SectionKind.FamilyHistory;
            }
        }

        // The weeks of gestation were read as a Z3A code (MeasuredCodes): Z3A01 under 8 weeks, Z3A49 over 42.
        var weeks = candidates.Where(c => c.System == CodeSystems.Icd10Cm && c.Code.StartsWith("Z3A", StringComparison.Ordinal) && c.Code.Length == 5 && c.Code != "Z3A00")
            .Select(c => c.Code == "Z3A01" ? 7 : int.Parse(c.Code.AsSpan(3), System.Globalization.CultureInfo.InvariantCulture))
            .DefaultIfEmpty(-1).Max();
        return weeks >= 0 ? (weeks < 14 ? '1' : weeks < 28 ? '2' : '3') : pregnant ? '9' : null;
    }

    /// <summary>Whether the provider calls the pregnancy incidental to the encounter.</summary>
    public static bool IsIncidental(IReadOnlyList<(ReadNote Note, ContextFlags[] Flags)> notes)
    {
        foreach (var (note, _) in notes)
        {
            foreach (var token in note.Tokens)
            {
                if (token.Word == "incidental" && Array.Exists(note.Tokens, o => o.Sentence == token.Sentence && o.Word is "pregnant" or "pregnancy"))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// An obstetric code the note names at "unspecified trimester" (O23.10, O99.619) takes the trimester the weeks give
    /// (I.C.15.a.3: the trimester is assigned from the provider's documentation of the weeks); a code already coded with its
    /// trimester absorbs it.
    /// </summary>
    public static void StateTrimester(List<Candidate> candidates, char trimester, Func<string, bool> billable, Func<string, string> describe)
    {
        if (trimester is not ('1' or '2' or '3' or Childbirth))
        {
            return;
        }

        // At a delivery the "unspecified trimester" code's sibling complicating childbirth: O13.9 → O13.4.
        var digit = trimester == Childbirth ? '4' : trimester;
        var stage = trimester == Childbirth ? "childbirth" : "trimester";

        for (var i = 0; i < candidates.Count; i++)
        {
            var c = candidates[i];
            // The supervision of a normal pregnancy (Z34.-) is dated by trimester as the obstetric codes are.
            if (c.System != CodeSystems.Icd10Cm || !(c.Code[0] == 'O' || c.Code.StartsWith("Z34", StringComparison.Ordinal))
                || !describe(c.Code).Contains("unspecified trimester", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var stated = string.Concat(c.Code.AsSpan(0, c.Code.Length - 1), digit.ToString());
            if (!billable(stated) || !describe(stated).Contains(stage, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (candidates.Exists(o => o.System == CodeSystems.Icd10Cm && o.Code == stated))
            {
                candidates.RemoveAt(i--);
                continue;
            }

            c.Code = stated;
        }
    }

    /// <summary>Adds the obstetric code of each condition (and drops the conditions an obstetric combination code replaces); returns the codes added.</summary>
    public static List<Candidate> Apply(List<Candidate> candidates, char trimester, Func<string, bool> billable)
    {
        var added = new List<Candidate>();
        foreach (var c in candidates.ToList())
        {
            if (c.System != CodeSystems.Icd10Cm || ObstetricOf(c.Code) is not var (prefix, replaces) || Code(prefix, trimester, billable) is not { } code)
            {
                continue;
            }

            var obstetric = candidates.Find(o => o.System == CodeSystems.Icd10Cm && o.Code == code);
            if (obstetric is null)
            {
                obstetric = new Candidate(CodeSystems.Icd10Cm, code)
                {
                    Rule = Rule + c.Code,
                    Anchored = true,
                    Certain = c.Certain,
                    DictionaryBest = c.DictionaryBest,
                    DiagnosticRank = c.DiagnosticRank,
                    FirstPosition = c.FirstPosition,
                    Confidence = c.Confidence,
                    Raw = c.Raw,
                    FinalStatement = c.FinalStatement,
                };
                candidates.Add(obstetric);
                added.Add(obstetric);
            }

            obstetric.Precedence = Math.Min(obstetric.Precedence, Candidate.ObstetricPrecedence);
            foreach (var e in c.Evidence)
            {
                obstetric.AddEvidence(e);
            }

            if (replaces)
            {
                candidates.Remove(c);
            }
        }

        var obstetricCoded = false;
        foreach (var c in candidates)
        {
            if (c.System == CodeSystems.Icd10Cm && c.Code[0] == 'O')
            {
                c.Precedence = Math.Min(c.Precedence, Candidate.ObstetricPrecedence);
                obstetricCoded = true;
            }
        }

        // "Pregnancy" alone reads as Z33.1 (pregnant state, incidental), which a pregnancy the encounter cares for is not; and
        // the routine-supervision codes (Z34) are not used with chapter 15 codes (I.C.15.b.1).
        candidates.RemoveAll(c => c.System == CodeSystems.Icd10Cm && (c.Code == Incidental || (obstetricCoded && c.Code.StartsWith("Z34", StringComparison.Ordinal))));
        return added;
    }

    /// <summary>The trimester's code of an obstetric subcategory: the digit, or the subcategory's own "unspecified trimester" (9, or 0 in O99.2–O99.3).</summary>
    private static string? Code(string prefix, char trimester, Func<string, bool> billable)
    {
        if (trimester == Childbirth)
        {
            // The code book's two ways: a fourth code after the trimesters' (O99.21- → O99.214, O99.82- → O99.824), or the
            // childbirth subcategory beside the trimesters' (O99.01- → O99.02, O10.01- → O10.02, O99.891 → O99.892).
            if (billable(prefix + "4"))
            {
                return prefix + "4";
            }

            return prefix[^1] == '1' && billable(prefix[..^1] + "2") ? prefix[..^1] + "2" : null;
        }

        if (prefix == StreptococcusBCarrier)
        {
            return billable(prefix + "0") ? prefix + "0" : null;
        }

        if (prefix.Length == 6)
        {
            return billable(prefix) ? prefix : null;
        }

        foreach (var last in trimester == '9' ? ['9', '0'] : new[] { trimester })
        {
            if (billable(prefix + last))
            {
                return prefix + last;
            }
        }

        return null;
    }

    /// <summary>
    /// The obstetric subcategory a condition complicates a pregnancy as, and whether it replaces the condition's code (a
    /// combination) or comes before it. Symptoms (R), status and encounter codes (Z), external causes and congenital
    /// anomalies (Q: in a pregnancy, more often the fetus's, maternal care O35) are left to the coder.
    /// </summary>
    private static (string Prefix, bool Replaces)? ObstetricOf(string code) => code switch
    {
        ['Z', '2', '2', '3', '3', '0'] => (StreptococcusBCarrier, true),
        ['O' or 'R' or 'Z' or 'P' or 'V' or 'W' or 'X' or 'Y', ..] => null,
        ['I', '1', '0', ..] => ("O1001", true),
        ['I', '1', '1', ..] => ("O1011", false),
        ['I', '1', '2', ..] => ("O1021", false),
        ['I', '1', '3', ..] => ("O1031", false),
        ['E', '1', '0', ..] => ("O2401", false),
        ['E', '1', '1', ..] => ("O2411", false),
        ['E', '0', '8' or '9', ..] or ['E', '1', '3', ..] => ("O2481", false),
        ['E', '6', '6', ..] => ("O9921", false),
        ['E', ..] => ("O9928", false),
        ['D', '5', ..] or ['D', '6', '0' or '1' or '2' or '3' or '4', ..] => ("O9901", false),
        ['D', '6' or '7' or '8', ..] => ("O9911", false),
        ['F', '1', '0', ..] => ("O9931", false),
        ['F', '1', '7', ..] => ("O9933", false),
        ['F', '1', ..] => ("O9932", false),
        ['F', ..] => ("O9934", false),
        ['G', ..] => ("O9935", false),
        ['I', ..] => ("O9941", false),
        ['J', ..] => ("O9951", false),
        ['K', ..] => ("O9961", false),
        ['L', ..] => ("O9971", false),
        ['N', '3', '9', '0'] => ("O234", true),
        ['N', '3', '0', ..] => ("O231", true),
        ['N', '1', '0' or '1' or '2', ..] => ("O230", true),
        ['C', ..] => ("O9A11", false),
        ['A', '1', '5' or '6' or '7' or '8' or '9', ..] => ("O9801", false),
        ['A', '5', '0' or '1' or '2' or '3', ..] => ("O9811", false),
        ['A', '5', '4', ..] => ("O9821", false),
        ['B', '1', '5' or '6' or '7' or '8' or '9', ..] => ("O9841", false),
        ['B', '2', '0', ..] => ("O9871", false),
        ['A' or 'B', ..] => ("O9881", false),
        ['S' or 'T', ..] => ("O9A21", false),
        ['M' or 'N' or 'H', ..] => ("O99891", false),
        _ => null,
    };
}
