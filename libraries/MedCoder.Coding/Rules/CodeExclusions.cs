using MedCoder.Contracts.Coding;

namespace MedCoder.Coding.Rules;

/// <summary>
/// Codes a claim does not carry alone or beside certain others (Official Guidelines and Excludes1 notes): substance use
/// without a disorder, an organism without the condition it causes, tobacco use beside nicotine dependence, the "other"
/// pre-procedural examination beside the specific one. Claim purpose only.
/// </summary>
public static class CodeExclusions
{
    /// <summary>
    /// Psychoactive substance use without a disorder it causes (F10.90 "Alcohol use, unspecified, uncomplicated", F12.90 ...)
    /// is not coded (I.C.5.b.3: use codes only with a related disorder or medical condition the provider documents):
    /// "rare alcohol use", "social drinker", "occasional marijuana".
    /// </summary>
    public static void DropUncomplicatedSubstanceUse(List<Candidate> candidates) =>
        candidates.RemoveAll(c => c.System == CodeSystems.Icd10Cm && c.Code is ['F', '1', not '7', '9', '0']);

    /// <summary>
    /// "Diabetes" without a type (E11.9 by the Index's default) beside gestational diabetes (O24.4-) is the gestational
    /// diabetes itself ("referred to diabetes education"), not a pre-existing type 2 diabetes.
    /// </summary>
    public static void DropUntypedDiabetesBesideGestational(List<Candidate> candidates) =>
        DropBeside(candidates, code => code.StartsWith("O244", StringComparison.Ordinal), code => code == "E119");

    /// <summary>
    /// "Nicotine dependence, e-cigarettes": an electronic cigarette is an "other tobacco product" (F17.29-), not the cigarettes
    /// (F17.21-) whose word it contains; a cigarette code whose every span says so is the other product's code.
    /// </summary>
    public static void ElectronicCigarettesAreOtherProducts(IReadOnlyList<Reading.ReadNote> notes, List<Candidate> candidates)
    {
        for (var i = 0; i < candidates.Count; i++)
        {
            var c = candidates[i];
            if (c.System == CodeSystems.Icd10Cm && c.Code.StartsWith("F1721", StringComparison.Ordinal) && c.Evidence.Count > 0
                && c.Evidence.TrueForAll(e => e.NoteIndex < notes.Count && SaysElectronic(notes[e.NoteIndex].Text.AsSpan(e.Start, e.End - e.Start))))
            {
                var other = "F1729" + c.Code[5..];
                if (candidates.Exists(o => o.System == CodeSystems.Icd10Cm && o.Code == other))
                {
                    candidates.RemoveAt(i--);
                }
                else
                {
                    candidates[i] = c.CopyAs(other);
                }
            }
        }
    }

    private static bool SaysElectronic(ReadOnlySpan<char> text) =>
        text.Contains("e-cig", StringComparison.OrdinalIgnoreCase) || text.Contains("e cig", StringComparison.OrdinalIgnoreCase)
        || text.Contains("ecig", StringComparison.OrdinalIgnoreCase) || text.Contains("electronic cig", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The organism's "as the cause of diseases classified elsewhere" code beside the sepsis code that already names it
    /// (B96.20 beside A41.51 "Sepsis due to Escherichia coli") for the local infection's "use additional code": coders
    /// differ on whether the claim names the organism twice (on the dictated sets 2 writers did, 3 did not), so a coder
    /// confirms it (below auto-release).
    /// </summary>
    public static void ConfirmOrganismNamedBySepsis(List<Candidate> candidates)
    {
        foreach (var c in candidates)
        {
            if (c.System == CodeSystems.Icd10Cm && SepsisOrganisms.SepsisNaming(c.Code) is { } sepsis
                && candidates.Exists(o => o.System == CodeSystems.Icd10Cm && o.Code == sepsis))
            {
                c.Confidence = Math.Min(c.Confidence, SpecificityDoubt.Ceiling);
            }
        }
    }

    /// <summary>
    /// Type 1 diabetes stated, the same complication read again without the type ("diabetic ketoacidosis" → E11.10 by the
    /// Index's default) is the type 1 code's, not a second diabetes (I.C.4.a.2: the type is what the provider documents).
    /// </summary>
    public static void DropDefaultTypeBesideTypeOne(List<Candidate> candidates) =>
        DropBeside(candidates, code => code.StartsWith("E10", StringComparison.Ordinal), code => code.StartsWith("E11", StringComparison.Ordinal));

    /// <summary>
    /// Cerebral ischemia (I67.82) read from "ischemic stroke ... cerebral artery" beside the cerebral infarction (I63) the
    /// same words state: the infarction is what the ischemia became, so it alone is coded.
    /// </summary>
    public static void DropCerebralIschemiaBesideInfarction(List<Candidate> candidates) =>
        DropBeside(candidates, code => code.StartsWith("I63", StringComparison.Ordinal), code => code == "I6782");

    /// <summary>
    /// Hypertensive heart disease (I11, I13) includes "any condition in I51.4–I51.7, I51.89, I51.9 due to hypertension"
    /// (its Tabular Includes note; I.C.9.a.1 presumes the link): "hypertensive heart disease with left ventricular
    /// hypertrophy" is I11.9 alone, not I51.7 beside it. Heart failure (I50) stays: I11.0 asks for it.
    /// </summary>
    public static void DropHeartConditionsOfHypertensiveHeartDisease(List<Candidate> candidates) =>
        DropBeside(candidates, code => code.StartsWith("I11", StringComparison.Ordinal) || code.StartsWith("I13", StringComparison.Ordinal),
            code => code.StartsWith("I51", StringComparison.Ordinal) && code.Length > 3 && (code[3] is >= '4' and <= '7' || code == "I5189" || code == "I519"));

    /// <summary>
    /// Hyperemesis gravidarum "with metabolic disturbance" (O21.1) is the dehydration, electrolyte imbalance or carbohydrate
    /// depletion its title names: "hyperemesis gravidarum with dehydration and hypokalemia" is O21.1 alone (before the
    /// pregnancy rules would restate a hypokalemia as O99.28-).
    /// </summary>
    public static void DropMetabolicDisturbanceOfHyperemesis(List<Candidate> candidates) =>
        DropBeside(candidates, code => code == "O211", code => code.StartsWith("E86", StringComparison.Ordinal) || code.StartsWith("E87", StringComparison.Ordinal));

    /// <summary>
    /// A Glasgow coma scale total is reported with a traumatic brain injury (I.C.18.e: "the coma scale codes should only be
    /// reported in conjunction with traumatic brain injury codes"): "GCS 15" in an overdose or a fall without one is not coded.
    /// </summary>
    public static void DropComaScaleWithoutBrainInjury(List<Candidate> candidates)
    {
        var injury = candidates.Exists(c => c.System == CodeSystems.Icd10Cm && c.Code.StartsWith("S06", StringComparison.Ordinal));

        // A total of 13–15 (R40.241-) is the exam's "alert, GCS 15": on the dictated notes coders never coded it, concussion or not.
        candidates.RemoveAll(c => c.System == CodeSystems.Icd10Cm && c.Code.StartsWith("R402", StringComparison.Ordinal)
            && (!injury || c.Code.StartsWith("R40241", StringComparison.Ordinal)));
    }

    /// <summary>
    /// The NIH stroke scale (R29.7-) is reported with an acute ischemic stroke (I63), after it (I.C.18.f): a score in a
    /// note that codes no stroke (a transient ischemic attack, a stroke ruled out) is not coded.
    /// </summary>
    public static void DropStrokeScaleWithoutStroke(List<Candidate> candidates) =>
        DropBesideNone(candidates, code => code.StartsWith("I63", StringComparison.Ordinal), code => code.StartsWith("R297", StringComparison.Ordinal));

    /// <summary>
    /// One pre-procedural examination code (IV.M): Z01.818 "other preprocedural examination" gives way to the cardiovascular,
    /// respiratory or laboratory one the note states.
    /// </summary>
    public static void DropOtherPreproceduralBesideSpecific(List<Candidate> candidates) =>
        DropBeside(candidates, code => code is "Z01810" or "Z01811" or "Z01812", code => code == "Z01818");

    /// <summary>
    /// The organism codes B95–B97 ("as the cause of diseases classified elsewhere") only identify the agent of a condition
    /// coded beside them (I.C.1.b): "Sputum grew Pseudomonas" alone is no diagnosis.
    /// </summary>
    public static void DropOrganismWithoutCondition(List<Candidate> candidates)
    {
        static bool IsOrganism(Candidate c) => c.System == CodeSystems.Icd10Cm && c.Code is ['B', '9', '5' or '6' or '7', ..];
        if (!candidates.Exists(c => c.System == CodeSystems.Icd10Cm && !IsOrganism(c) && c.Code[0] is not ('R' or 'Z')))
        {
            candidates.RemoveAll(IsOrganism);
        }
    }

    /// <summary>
    /// "Staphylococcal infection, unspecified site" (A49.0-) beside the infection it caused is the organism as the cause
    /// (B95.6-, I.C.1.b; A49's Excludes1 sends an infection of a named site there): "periprosthetic joint infection,
    /// methicillin-sensitive Staphylococcus aureus" is T84.54XA with B95.61.
    /// </summary>
    public static void StaphylococcusAsTheCause(List<Candidate> candidates, Func<string, bool> billable)
    {
        static bool IsSitedInfection(string code) => code is ['L', '0', >= '0' and <= '8', ..] or ['M', '0', '0' or '1', ..] or ['M', '8', '6', ..]
            or ['J', '1', >= '2' and <= '8', ..] or ['N', '1', '0', ..] or ['N', '3', '0', ..] or "N390" || code.StartsWith("T845", StringComparison.Ordinal)
            || code.StartsWith("T814", StringComparison.Ordinal) || code.StartsWith("T826", StringComparison.Ordinal) || code.StartsWith("T827", StringComparison.Ordinal);
        if (candidates.Exists(c => c.System == CodeSystems.Icd10Cm && IsSitedInfection(c.Code)))
        {
            Candidate.RecodeEach(candidates, c => c.System == CodeSystems.Icd10Cm && c.Code is "A4901" or "A4902" && "B956" + c.Code[4] is var cause && billable(cause) ? cause : null, "combination:organism-as-cause");
        }
    }

    /// <summary>
    /// "Other adverse effects, not elsewhere classified" (T78.8) is for an effect no other code names: beside a drug's
    /// adverse-effect code (T36–T50, 6th character 5) or another T78 code, "adverse effect" is that code's own wording.
    /// </summary>
    public static void DropOtherAdverseEffectBesideNamed(List<Candidate> candidates)
    {
        static bool IsOther(Candidate c) => c.System == CodeSystems.Icd10Cm && c.Code.StartsWith("T788", StringComparison.Ordinal);
        static bool IsDrugEffect(string code) => code.Length >= 6 && code[0] == 'T' && string.CompareOrdinal(code[..3], "T36") >= 0 && string.CompareOrdinal(code[..3], "T50") <= 0 && code[5] == '5';
        if (candidates.Exists(c => c.System == CodeSystems.Icd10Cm && !IsOther(c) && (IsDrugEffect(c.Code) || c.Code.StartsWith("T78", StringComparison.Ordinal))))
        {
            candidates.RemoveAll(IsOther);
        }
    }

    /// <summary>
    /// Counseling given as part of a coded condition's care (cessation advice to a smoker, diet and exercise advice for
    /// obesity or prediabetes) is that condition's management, not a separate reason (I.C.21.c.10: counseling codes are for
    /// assistance after an illness or with social problems); on the dictated notes coders coded it once in 13 times.
    /// </summary>
    public static void DropCounselingOfCodedCondition(List<Candidate> candidates)
    {
        bool Coded(params string[] prefixes) => candidates.Exists(c => c.System == CodeSystems.Icd10Cm && prefixes.Any(p => c.Code.StartsWith(p, StringComparison.Ordinal)));
        var tobacco = Coded("F172", "Z720");
        var weight = Coded("E66", "Z68", "R730", "E11", "E78");
        candidates.RemoveAll(c => c.System == CodeSystems.Icd10Cm
            && ((tobacco && c.Code == "Z716") || (weight && c.Code is "Z713" or "Z7182")));
    }

    /// <summary>
    /// Weeks of gestation (Z3A) as the note counts them: the measured code stands alone ("24 weeks gestation" is Z3A.24, not
    /// also the header's default Z3A.09), and a pregnancy with an abortive outcome (O00–O08) takes none (I.C.15.b.3).
    /// </summary>
    public static void KeepMeasuredGestation(List<Candidate> candidates, string measuredRule)
    {
        static bool IsWeeks(Candidate c) => c.System == CodeSystems.Icd10Cm && c.Code.StartsWith("Z3A", StringComparison.Ordinal);
        var abortive = candidates.Exists(c => c.System == CodeSystems.Icd10Cm && c.Code is ['O', '0', >= '0' and <= '8', ..]);
        var measured = candidates.Exists(c => IsWeeks(c) && c.Rule.StartsWith(measuredRule, StringComparison.Ordinal));
        candidates.RemoveAll(c => IsWeeks(c) && (abortive || (measured && !c.Rule.StartsWith(measuredRule, StringComparison.Ordinal))));
    }

    /// <summary>
    /// A burn of unspecified site (T30) beside the burn the note sites (T20–T28): "burn" alone in "total burn surface
    /// area" or "burn clinic" is that burn again.
    /// </summary>
    public static void DropUnsitedBurnBesideSited(List<Candidate> candidates) =>
        DropBeside(candidates, code => code is ['T', '2', >= '0' and <= '8', ..], code => code.StartsWith("T30", StringComparison.Ordinal));

    /// <summary>
    /// Helicobacter pylori beside the ulcer or gastritis it causes is its agent (B96.81, "as the cause of diseases classified
    /// elsewhere"), not an intestinal infection of its own (A04.8).
    /// </summary>
    public static void HelicobacterAsTheCause(IReadOnlyList<Reading.ReadNote> notes, List<Candidate> candidates)
    {
        if (candidates.Exists(c => c.System == CodeSystems.Icd10Cm && c.Code is ['K', '2', >= '5' and <= '9', ..]))
        {
            Candidate.RecodeEach(candidates, c => c.System == CodeSystems.Icd10Cm && c.Code == "A048"
                && c.Evidence.Exists(e => EvidenceSentences.Of(notes, e) is var (note, s) && EvidenceSentences.Says(note, s, Pylori)) ? "B9681" : null);
        }
    }

    private static readonly System.Collections.Frozen.FrozenSet<string> Pylori = Reading.WordForms.NormalizedSet("pylori");

    /// <summary>
    /// An intoxication in a patient with the substance's dependence is the dependence with intoxication (F10.220: the
    /// Index's "Dependence, alcohol, with, intoxication"), not the plain dependence its use code folded into.
    /// </summary>
    public static void DependenceWithIntoxication(IReadOnlyList<Reading.ReadNote> notes, List<Candidate> candidates, Func<string, bool> billable) =>
        Candidate.RecodeEach(candidates, c => c.System == CodeSystems.Icd10Cm && c.Code is ['F', '1', >= '0' and <= '6' or '8' or '9', '2', '0']
            && c.Evidence.Exists(e => EvidenceSentences.Of(notes, e) is var (note, s) && SaysIntoxication(note, s))
            && c.Code[..4] + "20" is var code && billable(code) ? code : null);

    private static bool SaysIntoxication(Reading.ReadNote note, Reading.NoteSentence sentence)
    {
        for (var t = sentence.FirstToken; t < sentence.EndToken; t++)
        {
            if (note.Tokens[t].Word is "intoxication" or "intoxicated" && (t == sentence.FirstToken || note.Tokens[t - 1].Word is not ("no" or "not" or "without")))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Tobacco use (Z72.0) excludes nicotine dependence (F17.2-, an Excludes1 note): the dependence stands.</summary>
    public static void DropTobaccoUseBesideDependence(List<Candidate> candidates)
    {
        if (candidates.Exists(c => c.System == CodeSystems.Icd10Cm && c.Code.StartsWith("F172", StringComparison.Ordinal)))
        {
            candidates.RemoveAll(c => c.System == CodeSystems.Icd10Cm && c.Code == "Z720");
        }
    }

    /// <summary>
    /// Long-term insulin (Z79.4) is not coded beside type 1 diabetes alone: E10's Tabular entry, unlike E08, E09, E11 and
    /// E13, asks for no additional code for insulin control, since a type 1 patient always takes it (I.C.4.a.3 names Z79.4
    /// for the other types).
    /// </summary>
    public static void DropInsulinUseWithTypeOneDiabetes(List<Candidate> candidates)
    {
        static bool Starts(Candidate c, string prefix) => c.System == CodeSystems.Icd10Cm && c.Code.StartsWith(prefix, StringComparison.Ordinal);
        if (candidates.Exists(c => Starts(c, "E10"))
            && !candidates.Exists(c => Starts(c, "E08") || Starts(c, "E09") || Starts(c, "E11") || Starts(c, "E13") || Starts(c, "O24")))
        {
            candidates.RemoveAll(c => c.System == CodeSystems.Icd10Cm && c.Code == "Z794");
        }
    }

    /// <summary>
    /// "CKD due to diabetes and hypertension" is hypertensive kidney disease (I12/I13, I.C.9.a.2: the link is presumed);
    /// hypertension secondary to a renal disorder (I15.0, I15.1) would code the same pair the other way round.
    /// </summary>
    public static void DropRenalSecondaryHypertensionBesideHypertensiveKidneyDisease(List<Candidate> candidates)
    {
        if (candidates.Exists(c => c.System == CodeSystems.Icd10Cm && c.Code is ['I', '1', '2' or '3', ..]))
        {
            candidates.RemoveAll(c => c.System == CodeSystems.Icd10Cm && c.Code is "I150" or "I151");
        }
    }

    /// <summary>Drops the ICD-10-CM codes <paramref name="dropped"/> picks when none <paramref name="needed"/> picks is on the claim.</summary>
    private static void DropBesideNone(List<Candidate> candidates, Func<string, bool> needed, Func<string, bool> dropped)
    {
        if (!candidates.Exists(c => c.System == CodeSystems.Icd10Cm && needed(c.Code)))
        {
            candidates.RemoveAll(c => c.System == CodeSystems.Icd10Cm && dropped(c.Code));
        }
    }

    /// <summary>Drops the ICD-10-CM codes <paramref name="dropped"/> picks when one <paramref name="coded"/> picks is on the claim.</summary>
    private static void DropBeside(List<Candidate> candidates, Func<string, bool> coded, Func<string, bool> dropped)
    {
        if (candidates.Exists(c => c.System == CodeSystems.Icd10Cm && coded(c.Code)))
        {
            candidates.RemoveAll(c => c.System == CodeSystems.Icd10Cm && dropped(c.Code));
        }
    }

    /// <summary>
    /// Two codes read from one mention that exclude each other (Excludes1, I.A.12.a) are two readings of one condition, not
    /// two unrelated conditions: the claim keeps the one whose title says more of the mention and less beside it ("major depressive disorder,
    /// recurrent episode, moderate" is F33.1, which F32's Excludes1 note sends recurrent episodes to, not F32.1).
    /// </summary>
    public static void KeepOneReadingOfAMention(IReadOnlyList<Reading.ReadNote> notes, List<Candidate> candidates, Func<string, string, bool> excludes, Func<string, string> description)
    {
        var dropped = new HashSet<Candidate>();
        foreach (var a in candidates)
        {
            foreach (var b in candidates)
            {
                if (a == b || dropped.Contains(a) || dropped.Contains(b) || a.System != CodeSystems.Icd10Cm || b.System != CodeSystems.Icd10Cm
                    || !excludes(a.Code, b.Code) || Shared(a, b) is not { } span)
                {
                    continue;
                }

                var mention = Reading.WordForms.ContentWords(notes[span.NoteIndex].Text[span.Start..span.End]).ToHashSet(StringComparer.Ordinal);
                var (said, other) = (Said(a), Said(b));
                if (said != other)
                {
                    dropped.Add(said < other ? a : b);
                }

                // Words of the title the mention says, less those it does not ("single episode" against "recurrent episode").
                int Said(Candidate c) => Reading.WordForms.ContentWords(description(c.Code)).Distinct(StringComparer.Ordinal).Sum(w => mention.Contains(w) ? 1 : -1);
            }
        }

        candidates.RemoveAll(dropped.Contains);
    }

    /// <summary>The union of two candidates' first overlapping evidence spans, when they share one.</summary>
    private static EvidenceSpan? Shared(Candidate a, Candidate b)
    {
        foreach (var x in a.Evidence)
        {
            foreach (var y in b.Evidence)
            {
                if (x.NoteIndex == y.NoteIndex && x.Start < y.End && y.Start < x.End)
                {
                    return new EvidenceSpan(x.NoteIndex, Math.Min(x.Start, y.Start), Math.Max(x.End, y.End));
                }
            }
        }

        return null;
    }
}
