using MedCoder.CodeSets.Icd10Cm;
using System.Collections.Frozen;
using MedCoder.Coding.Collections;
using MedCoder.Coding.Matching;
using MedCoder.Coding.Reading;
using MedCoder.Contracts.Coding;

namespace MedCoder.Coding.Rules;

/// <summary>ICD-10-CM Official Guidelines applied to the candidate set of one encounter.</summary>
public static class GuidelineRules
{
    /// <summary>
    /// Chronic conditions: "history of hypertension" documents a condition the patient still has (guideline I.B.8 / III.B).
    /// Not nicotine dependence: a "former smoker" is a personal history (Z87.891).
    /// </summary>
    private static readonly string[] ChronicPrefixes =
    [
        "I10", "I11", "I12", "I13", "E08", "E09", "E10", "E11", "E13", "E78", "E03", "E66", "J44", "J45", "N18", "B20", "I25", "I48",
        "G40", "G20", "F32", "F33", "F41", "M05", "M06", "M17", "K21", "N40", "I73", "Z",
    ];

    /// <summary>Symptom categories and the chapters (first letters) of definitive diagnoses they are routinely integral to (I.B.5).</summary>
    private static readonly (string Prefix, string Chapters)[] IntegralSymptoms =
    [
        ("R00", "I"), ("R01", "I"), ("R03", "I"), ("R04", "IJ"), ("R05", "J"), ("R06", "JI"), ("R09", "J"),
        ("R10", "K"), ("R11", "KA"), ("R12", "K"), ("R13", "K"), ("R14", "K"), ("R15", "K"), ("R16", "KC"), ("R17", "K"), ("R18", "K"), ("R19", "K"),
        ("R20", "G"), ("R21", "L"), ("R22", "LM"), ("R25", "G"), ("R26", "GM"), ("R27", "G"),

        // The NIH stroke scale (I.C.18.h) is reported beside the stroke and its hemiplegia; aphasia and dysarthria are deficits
        // a coder codes beside the hemiplegia of the same stroke (R47 is not integral to a G code).
        ("R297", ""), ("R29", "G"),
        ("R30", "N"), ("R31", "N"), ("R32", "N"), ("R33", "N"), ("R34", "N"), ("R35", "N"), ("R39", "N"),
        ("R40", "G"), ("R41", "FG"), ("R42", "GH"), ("R44", "F"), ("R45", "F"),
        ("R50", "ABJN"), ("R51", "G"), ("R53", "D"), ("R56", "G"), ("R60", "IN"), ("R63", "E"),

        // Pain of no stated site adds nothing beside any definitive diagnosis; a coder codes it only when nothing explains it.
        ("R52", "ABCDEFGHIJKLMNOPQST"),
    ];

    /// <summary>Codes that name a gastrointestinal bleeding source with its hemorrhage (the code book's "with hemorrhage" / "with bleeding" children).</summary>
    private static readonly string[] BleedingSources =
    [
        "K250", "K252", "K254", "K256", "K260", "K262", "K264", "K266", "K270", "K272", "K274", "K276", "K280", "K282", "K284", "K286",
        "K2901", "K2921", "K2931", "K2941", "K2951", "K2961", "K2971", "K2981", "K2991", "K31811", "K5521",
        "K5701", "K5711", "K5713", "K5721", "K5731", "K5733", "K5741", "K5751", "K5753", "K5781", "K5791", "K5793", "I8501", "I8511",
    ];

    /// <summary>
    /// Findings a coded diagnosis explains where its chapter is too coarse a guide, and the code prefixes of those
    /// diagnoses: chest pain in ischaemic heart disease, pulmonary embolism, pericarditis, dissection, pneumonia or
    /// pneumothorax (not beside hypertension or allergic rhinitis); erythema in a skin condition; a urinary infection
    /// of no stated site beside one whose site is stated (cystitis, pyelonephritis, urethritis); an injury of no
    /// stated body region beside one of a stated region (S codes); pulmonary congestion in heart failure; gastrointestinal
    /// bleeding (hematemesis, melena, hemorrhage of no stated cause) beside a code that names the bleeding source with
    /// its hemorrhage (ulcer, gastritis, diverticula, varices, angiodysplasia "with bleeding"); a peptic ulcer of no stated site
    /// beside a gastric or duodenal one; a kidney disorder of no stated kind ("acute ... kidney disease" read across "acute kidney
    /// injury on chronic kidney disease") beside a stated kidney disease.
    /// </summary>
    private static readonly (string Prefix, string[] ExplainedBy)[] IntegralFindings =
    [
        ("R07", ["I20", "I21", "I22", "I24", "I25", "I26", "I30", "I31", "I40", "I71", "J12", "J13", "J14", "J15", "J16", "J17", "J18", "J90", "J93"]),
        ("L539", ["L"]), ("N390", ["N30", "N10", "N11", "N12", "N136", "N34"]), ("T14", ["S"]), ("J81", ["I50", "I110", "I130", "I132"]),
        ("K920", BleedingSources), ("K921", BleedingSources), ("K922", BleedingSources), ("K27", ["K25", "K26"]),
        ("N289", ["N0", "N10", "N11", "N12", "N13", "N14", "N15", "N17", "N18", "N19", "N20", "N25", "N26", "N27", "E1022", "E1122", "I12", "I13"]),
    ];


    public static bool IsChronic(string code)
    {
        foreach (var prefix in ChronicPrefixes)
        {
            if (code.StartsWith(prefix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Reasons for an encounter that Guidelines IV and I.C.21.c list first when they are why the patient came: general and
    /// pre-procedural examinations (Z00, Z01), follow-up after completed treatment (Z08, Z09), screening (Z11–Z13),
    /// aftercare (Z47, Z48), chemotherapy or radiotherapy sessions (Z51), a normal pregnancy's supervision (Z34) and the
    /// routine postpartum visit (Z39.2).
    /// </summary>
    public static bool IsEncounterReason(string code) =>
        code is ['Z', '0', '0' or '1' or '8' or '9', ..] or ['Z', '1', '1' or '2' or '3', ..] or ['Z', '4', '7' or '8', ..] or ['Z', '5', '1', ..]
            or ['Z', '3', '4' or '9', ..]; // I.C.15.b.1, I.C.15.o

    /// <summary>
    /// Carrier (Z22), counseling (Z71), lifestyle (Z72) and history or status (Z77–Z99) codes, even stated in the
    /// assessment: which of them the claim carries, and which sibling, was right in under 90 % of the dictated notes'
    /// cases, so a coder confirms them (README, "Dictated notes").
    /// </summary>
    public static bool IsSupplementaryStatus(string code) =>
        code is ['Z', '2', '2', ..] or ['Z', '7', '1' or '2' or '7' or '8' or '9', ..] or ['Z', '8' or '9', ..];

    /// <summary>
    /// Drops R-codes when a definitive diagnosis of the body system they belong to is coded, and the findings of
    /// <see cref="IntegralFindings"/> when a diagnosis that explains them is.
    /// </summary>
    public static void DropIntegralSymptoms(List<Candidate> candidates, Func<string, string> additionalCodeNotes)
    {
        // A symptom the diagnosis's own "use additional code for associated symptoms" note lists is coded beside it (N40.1
        // BPH with LUTS: weak urinary stream R39.12, nocturia R35.1).
        candidates.RemoveAll(c => c.System == CodeSystems.Icd10Cm && c.Code[0] == 'R' && IntegralTo(c.Code) is { } chapters && HasDefinitive(candidates, chapters, c.Code)
            && !candidates.Exists(d => d != c && d.System == CodeSystems.Icd10Cm && d.Code[0] != 'R'
                && additionalCodeNotes(d.Code).Contains(Icd10CmFormat.WithDot(c.Code), StringComparison.Ordinal)));
        // A symptom the diagnostic statement names is explained only by a diagnosis it also names ("PE is low risk" in the
        // decision making does not explain the impression's "Chest pain").
        candidates.RemoveAll(c => c.System == CodeSystems.Icd10Cm && ExplainedBy(c.Code) is { } prefixes && candidates.Exists(d => d != c && d.System == CodeSystems.Icd10Cm
            && d.Confidence > 0 && (d.FinalStatement || !c.FinalStatement) && ExplainedBy(d.Code) is null && Array.Exists(prefixes, p => d.Code.StartsWith(p, StringComparison.Ordinal))));
    }

    private static string[]? ExplainedBy(string code) =>
        Array.Find(IntegralFindings, f => code.StartsWith(f.Prefix, StringComparison.Ordinal)).ExplainedBy;

    private static string? IntegralTo(string code)
    {
        foreach (var (prefix, chapters) in IntegralSymptoms)
        {
            if (code.StartsWith(prefix, StringComparison.Ordinal))
            {
                return chapters;
            }
        }

        return null;
    }

    /// <summary>
    /// Whether a definitive diagnosis of the given chapters is coded. Essential hypertension (I10) is silent: it
    /// explains a raised blood pressure reading (R03), not palpitations, dyspnoea or oedema beside it (hypertensive
    /// heart or kidney disease, I11–I13, does).
    /// </summary>
    private static bool HasDefinitive(List<Candidate> candidates, string chapters, string symptom)
    {
        var hypertensionExplains = symptom.StartsWith("R03", StringComparison.Ordinal);
        foreach (var c in candidates)
        {
            if (c.System == CodeSystems.Icd10Cm && c.Code[0] is not ('R' or 'Z') && chapters.Contains(c.Code[0], StringComparison.Ordinal) && c.Confidence > 0
                && (hypertensionExplains || c.Code != "I10"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Combination codes (I.C.9.a, I.C.4.a): hypertension with heart failure → I11.0, with CKD → I12.9 / I12.0 (stage 5, ESRD),
    /// with both → I13.0 / I13.2 (the heart failure and CKD codes stay as additional codes); type 1/2 diabetes with CKD → E10.22 / E11.22.
    /// </summary>
    public static void ApplyCombinations(List<Candidate> candidates, Func<string, bool> billable)
    {
        UndoUndocumentedKidneyCombinations(candidates, billable);

        // Hypertension as written, or already as hypertensive heart (I11) or kidney (I12) disease: a heart failure or CKD
        // coded beside it completes the combination ("Hypertensive heart disease" with CHF and CKD 3 is I13.0).
        // "Hypertensive heart and chronic kidney disease" read as I13.1- (without heart failure) is completed by a heart failure
        // coded beside it, like any other reading of the hypertension.
        // The most specific reading first: "Hypertensive heart disease with LVH" beside "hypertension" is I11.9, not I10.
        var hypertension = Find(candidates, "I110") ?? Find(candidates, "I1310") ?? Find(candidates, "I1311") ?? Find(candidates, "I119")
            ?? Find(candidates, "I120") ?? Find(candidates, "I129") ?? Find(candidates, "I10");
        var heartFailure = FindPrefix(candidates, "I50");
        var ckd = DocumentedKidneyDisease(candidates) ?? FindPrefix(candidates, "I12") ?? FindPrefix(candidates, "I131");
        if (hypertension is not null)
        {
            var heartDisease = hypertension.Code is "I119" or "I110" or "I1310" or "I1311";
            var failure = heartFailure is not null || hypertension.Code == "I110";
            var severeCkd = ckd is not null && (ckd.Code is "N185" or "N186" or "I120" or "I1311");
            var combined = (failure, ckd is not null, heartDisease) switch
            {
                (true, true, _) => severeCkd ? "I132" : "I130",
                (true, false, _) => "I110",
                (false, true, true) => severeCkd ? "I1311" : "I1310",
                (false, true, false) => severeCkd ? "I120" : "I129",
                _ => null,
            };
            if (combined is not null && combined != hypertension.Code && billable(combined))
            {
                var first = PlaceOf(hypertension, heartFailure, ckd);
                Replace(candidates, hypertension, combined, "combination:hypertension");
                ListBefore(Find(candidates, combined), first);
            }

            // Hypertension is coded once: the other readings of it ("hypertensive heart disease", "HTN", "hypertensive
            // CKD") fold into the combination the notes document (I.C.9.a).
            if (Find(candidates, combined ?? hypertension.Code) is { } kept)
            {
                foreach (var other in candidates.FindAll(c => c != kept && c.System == CodeSystems.Icd10Cm && c.Code is ['I', '1', '0' or '1' or '2' or '3', ..]))
                {
                    Replace(candidates, other, kept.Code, kept.Rule);
                }
            }
        }

        CombineCoronaryDiseaseWithAngina(candidates, billable);
        CombineObstructiveLungDiseaseWithInfection(candidates, billable);
        SiteTheDiabeticUlcerAndVarices(candidates, billable);

        if (ckd is not null)
        {
            // Diabetic nephropathy with chronic kidney disease documented is the diabetic CKD (E11.22 with its N18 stage).
            foreach (var (plain, withCkd) in new[] { ("E119", "E1122"), ("E109", "E1022"), ("E1121", "E1122"), ("E1021", "E1022") })
            {
                if (Find(candidates, plain) is { } diabetes && billable(withCkd))
                {
                    var first = PlaceOf(diabetes, ckd);
                    Replace(candidates, diabetes, withCkd, "combination:diabetes-ckd");
                    ListBefore(Find(candidates, withCkd), first);
                }
            }
        }
    }

    /// <summary>
    /// Where a combination is listed: where the provider stated its main condition (the hypertension, the diabetes), so
    /// that "Type 2 diabetes with diabetic CKD" stated before "Hypertension with CKD" stays first (IV: the provider's
    /// order); else where the first of its parts was stated. The tabular notes still put it before the codes it asks for
    /// (<see cref="EtiologyFirst"/>).
    /// </summary>
    private static long PlaceOf(Candidate main, params Candidate?[] others) =>
        main.DiagnosticRank != long.MaxValue ? main.DiagnosticRank + 1 : FirstStated([main, .. others]);

    /// <summary>
    /// Coronary atherosclerosis with angina (I.C.9.b, the "with" convention presumes the link): I25.10 beside an angina code
    /// is the combination I25.11- of that angina (unstable I20.0 → I25.110, spasm I20.1 → I25.111, refractory I20.2 → I25.112,
    /// other forms I20.8- → I25.118, unspecified I20.9 → I25.119), and the angina is not coded beside it.
    /// </summary>
    private static void CombineCoronaryDiseaseWithAngina(List<Candidate> candidates, Func<string, bool> billable)
    {
        // The angina as specifically as the note states it: "stable angina" (I20.89) rather than the "angina" beside it (I20.9).
        var anginas = candidates.FindAll(c => c.System == CodeSystems.Icd10Cm && c.Code.StartsWith("I20", StringComparison.Ordinal));
        if (Find(candidates, "I2510") is not { } coronary || (anginas.Find(c => c.Code != "I209") ?? anginas.FirstOrDefault()) is not { } angina)
        {
            return;
        }

        candidates.RemoveAll(c => c != angina && anginas.Contains(c));

        var combined = angina.Code switch
        {
            "I200" => "I25110",
            "I201" => "I25111",
            "I202" => "I25112",
            ['I', '2', '0', '8', ..] => "I25118",
            _ => "I25119",
        };
        if (!billable(combined))
        {
            return;
        }

        var first = FirstStated(coronary, angina);
        coronary.Confidence = Math.Max(coronary.Confidence, angina.Confidence);
        coronary.FinalStatement |= angina.FinalStatement;
        foreach (var e in angina.Evidence)
        {
            coronary.AddEvidence(e);
        }

        candidates.Remove(angina);
        Replace(candidates, coronary, combined, "combination:coronary-angina");
        ListBefore(Find(candidates, combined), first == long.MaxValue ? first : first + 1);
    }

    /// <summary>
    /// COPD with a lower respiratory infection — pneumonia (J12–J18), acute bronchitis or bronchiolitis (J20–J22), influenza
    /// with pneumonia (J09.X1, J10.0-, J11.0-) — is J44.0, with the infection coded also (its "code also" note); an
    /// exacerbation stated beside it keeps J44.1 too. J44.0 takes the COPD's place in the statement.
    /// </summary>
    private static void CombineObstructiveLungDiseaseWithInfection(List<Candidate> candidates, Func<string, bool> billable)
    {
        const string withInfection = "J440";
        var copd = Find(candidates, "J449") ?? Find(candidates, "J441");
        if (copd is null || Find(candidates, withInfection) is not null || !billable(withInfection)
            || !candidates.Exists(c => c.System == CodeSystems.Icd10Cm && IsLowerRespiratoryInfection(c.Code)))
        {
            return;
        }

        if (copd.Code == "J449")
        {
            Replace(candidates, copd, withInfection, "combination:copd-infection");
            return;
        }

        var combined = copd.CopyAs(withInfection);
        combined.Rule = "combination:copd-infection";
        combined.DiagnosticRank = copd.DiagnosticRank == long.MaxValue ? long.MaxValue : copd.DiagnosticRank - 1;
        candidates.Add(combined);
    }

    private static bool IsLowerRespiratoryInfection(string code) =>
        code is ['J', '1', '2' or '3' or '4' or '5' or '6' or '8', ..] or ['J', '2', '0' or '1' or '2', ..] or ['J', '0', '9', 'X', '1']
            or ['J', '1', '0' or '1', '0', ..];

    /// <summary>
    /// The site the "with" codes name: a diabetic skin ulcer of the foot or heel (L97.4-, L97.5-) is "with foot ulcer"
    /// (E1x.621, not E1x.622 "other skin ulcer"); esophageal varices beside cirrhosis or portal hypertension are secondary
    /// (I85.1-, Index: Varix, esophagus, in cirrhosis of liver).
    /// </summary>
    private static void SiteTheDiabeticUlcerAndVarices(List<Candidate> candidates, Func<string, bool> billable)
    {
        if (candidates.Exists(c => c.System == CodeSystems.Icd10Cm && c.Code is ['L', '9', '7', '4' or '5', ..]))
        {
            foreach (var ulcer in candidates.FindAll(c => c.System == CodeSystems.Icd10Cm && c.Code is ['E', '0' or '1', _, '6', '2', '2']))
            {
                if (billable(ulcer.Code[..5] + "1"))
                {
                    Replace(candidates, ulcer, ulcer.Code[..5] + "1", ulcer.Rule);
                }
            }
        }

        if (candidates.Exists(c => c.System == CodeSystems.Icd10Cm && (c.Code.StartsWith("K703", StringComparison.Ordinal) || c.Code.StartsWith("K746", StringComparison.Ordinal) || c.Code == "K766")))
        {
            foreach (var varices in candidates.FindAll(c => c.System == CodeSystems.Icd10Cm && c.Code is "I8500" or "I8501"))
            {
                Replace(candidates, varices, "I851" + varices.Code[4], varices.Rule);
            }
        }
    }

    /// <summary>
    /// HIV disease (B20) and asymptomatic HIV status (Z21) differ by what the patient has ever had (I.C.1.a.2: B20 once an
    /// HIV-related condition occurred, Z21 for "HIV positive" with none), which "HIV infection, virally suppressed" does not
    /// tell: a coder confirms B20 before it is billed (below auto-release). An infection the statement calls asymptomatic
    /// ("Asymptomatic HIV infection, virally suppressed") is Z21.
    /// </summary>
    private static readonly FrozenSet<string> Asymptomatic = WordForms.NormalizedSet("asymptomatic");

    public static void ConfirmHivDisease(IReadOnlyList<ReadNote> notes, List<Candidate> candidates)
    {
        if (Find(candidates, "B20") is not { } disease)
        {
            return;
        }

        disease.Confidence = Math.Min(disease.Confidence, SpecificityDoubt.Ceiling);
        if (EvidenceSentences.Stated(notes, disease).Exists(span => EvidenceSentences.Of(notes, span) is var (note, sentence)
            && EvidenceSentences.Says(note, sentence, Asymptomatic)))
        {
            Candidate.Recode(candidates, candidates.IndexOf(disease), "Z21", disease.Rule);
        }
    }

    /// <summary>The earliest diagnostic-statement rank among a combination's parts.</summary>
    private static long FirstStated(params Candidate?[] parts) => parts.Where(p => p is not null).Select(p => p!.DiagnosticRank).DefaultIfEmpty(long.MaxValue).Min();

    /// <summary>
    /// A combination code comes before the codes its "use additional code" notes ask for (I.C.9.a: I13.0 then I50.-, E11.22
    /// then N18.-): it takes the place of the first of its parts the provider stated.
    /// </summary>
    private static void ListBefore(Candidate? combination, long first)
    {
        if (combination is not null && first != long.MaxValue)
        {
            combination.DiagnosticRank = first - 1;
        }
    }

    /// <summary>
    /// A hypertension or diabetes code "with chronic kidney disease" that rests on learned co-occurrence alone (CodiEsp's
    /// nephrology cases: "HTN and DM2" beside CKD) while the note names no chronic kidney disease: the note documents
    /// the condition, not the kidney disease, so the plain code stands (I10, I11.0 with heart failure, E1x.9).
    /// </summary>
    private static void UndoUndocumentedKidneyCombinations(List<Candidate> candidates, Func<string, bool> billable)
    {
        if (DocumentedKidneyDisease(candidates) is not null)
        {
            return;
        }

        foreach (var c in candidates.ToList())
        {
            if (c.System != CodeSystems.Icd10Cm || c.DictionaryBest > 0)
            {
                continue;
            }

            var plain = c.Code switch
            {
                ['I', '1', '2', ..] or ['I', '1', '3', '1', ..] => "I10",
                "I130" or "I132" => "I110",
                ['E', '1', _, '2', '2'] => c.Code[..3] + "9",
                _ => null,
            };
            if (plain is not null && billable(plain))
            {
                Replace(candidates, c, plain, "combination:undocumented-ckd");
            }
        }
    }

    /// <summary>
    /// A condition a combination code names after its "with" is not coded beside it (I.B.9): "Acute cholecystitis"
    /// beside "Calculus of gallbladder with acute cholecystitis ...", "Hyperglycemia" beside "Type 2 diabetes mellitus
    /// with hyperglycemia". Unless the combination code asks for it: its "use additional code" or "code also" notes name
    /// the condition's category (I13.0 with heart failure keeps its I50 code). The condition's evidence moves to the
    /// combination.
    /// </summary>
    public static void DropCombinedConditions(List<Candidate> candidates, Func<string, string> description, Func<string, string> additionalCodeNotes)
    {
        var combinations = new List<(Candidate Code, HashSet<string> Named)>();
        foreach (var c in candidates)
        {
            var title = c.System == CodeSystems.Icd10Cm ? description(c.Code) : string.Empty;
            var with = title.IndexOf(" with ", StringComparison.OrdinalIgnoreCase);
            if (with >= 0)
            {
                combinations.Add((c, [.. WordForms.ContentWords(title[(with + 6)..])]));
            }
        }

        if (combinations.Count == 0)
        {
            return;
        }

        var dropped = new HashSet<Candidate>();
        foreach (var c in candidates)
        {
            if (c.System != CodeSystems.Icd10Cm || WordForms.ContentWords(description(c.Code)) is not { Count: > 0 } words)
            {
                continue;
            }

            foreach (var (combination, named) in combinations)
            {
                if (combination != c && combination.Code != c.Code && !dropped.Contains(combination) && named.IsSupersetOf(words)
                    && !additionalCodeNotes(combination.Code).Contains(Category(c.Code), StringComparison.Ordinal))
                {
                    foreach (var e in c.Evidence)
                    {
                        combination.AddEvidence(e);
                    }

                    dropped.Add(c);
                    break;
                }
            }
        }

        candidates.RemoveAll(dropped.Contains);
    }

    /// <summary>
    /// "Anemia, unspecified" beside "Acute posthemorrhagic anemia", "Pneumonia, unspecified organism" beside "Pneumonia due to
    /// Hemophilus influenzae": a condition's default code adds nothing when a code of another category names the same
    /// condition more specifically (I.B.2); the default's evidence moves to it. Only the code book's "X, unspecified",
    /// "Unspecified X" and "X of unspecified site" titles are defaults, and only specificity the note documents counts
    /// (<see cref="Supersedes"/>).
    /// </summary>
    public static void DropDefaultBesideSpecificCondition(List<Candidate> candidates, Func<string, string> description)
    {
        var dropped = new HashSet<Candidate>();
        foreach (var c in candidates)
        {
            if (c.System != CodeSystems.Icd10Cm || DefaultConditionWords(description(c.Code)) is not { Count: > 0 } condition)
            {
                continue;
            }

            var specific = candidates.Find(o => o != c && o.System == CodeSystems.Icd10Cm && o.Code[0] == c.Code[0] && o.Code != c.Code
                && !dropped.Contains(o) && Supersedes(o, c) && description(o.Code) is var title
                && !title.Contains("unspecified", StringComparison.OrdinalIgnoreCase) && condition.IsSubsetOf(WordForms.ContentWords(BeforeWith(title))));
            if (specific is not null)
            {
                foreach (var e in c.Evidence)
                {
                    specific.AddEvidence(e);
                }

                dropped.Add(c);
            }
        }

        candidates.RemoveAll(dropped.Contains);
    }

    /// <summary>A title's condition before its "with" (what follows is <see cref="DropCombinedConditions"/>' to judge).</summary>
    private static string BeforeWith(string title) => title.IndexOf(" with ", StringComparison.OrdinalIgnoreCase) is var with and > 0 ? title[..with] : title;

    /// <summary>The condition words of a default title (<see cref="DefaultTitles"/>): "Pneumonia, unspecified organism" → {pneumonia}.</summary>
    private static HashSet<string>? DefaultConditionWords(string title) =>
        DefaultTitles.Condition(title) is { } condition ? [.. WordForms.ContentWords(condition).Where(w => !VagueQualifiers.Contains(w))] : null;

    private static readonly FrozenSet<string> VagueQualifiers = WordForms.NormalizedSet("other", "specified", "unspecified", "site", "type", "part");

    /// <summary>"K81.0" → "K81", as instructional notes name categories.</summary>
    private static string Category(string code) => code[..Math.Min(3, code.Length)];

    /// <summary>
    /// "Heart failure, unspecified" beside "Acute on chronic systolic heart failure": the unspecified code of a category
    /// adds nothing when a specific code of the same category is coded (I.B.2, code to the highest specificity).
    /// Only specificity the note documents counts: when the unspecified code is the one the note's words name in the
    /// code book and the specific one rests on learned co-occurrence alone, less surely ("Acute pancreatitis" with
    /// K85.20 alcohol induced learned from train cases), the specific code is the one dropped.
    /// </summary>
    public static void DropUnspecifiedBesideSpecific(List<Candidate> candidates, Func<string, string> description)
    {
        // One description lookup per candidate, then one pass per category (this runs for every encounter).
        var vagueness = new int[candidates.Count];
        var byCategory = new Dictionary<string, List<(Candidate Code, int Vagueness)>>(StringComparer.Ordinal);
        for (var i = 0; i < candidates.Count; i++)
        {
            var c = candidates[i];
            if (c.System != CodeSystems.Icd10Cm)
            {
                continue;
            }

            vagueness[i] = Vagueness(description(c.Code));
            if (c.Code.Length > 3 && !c.Code.StartsWith("I1", StringComparison.Ordinal))
            {
                byCategory.ListFor(SpecificityGroup(c.Code)).Add((c, vagueness[i]));
            }
        }

        var dropped = new HashSet<Candidate>();
        for (var i = 0; i < candidates.Count; i++)
        {
            var c = candidates[i];
            if (vagueness[i] == 0 || c.Code.Length <= 3 || !byCategory.TryGetValue(SpecificityGroup(c.Code), out var category))
            {
                continue;
            }

            var siblings = category.Where(s => s.Vagueness < vagueness[i] && s.Code != c && !SaysLess(description(s.Code.Code), description(c.Code))).Select(s => s.Code).ToList();
            if (siblings.Count == 0)
            {
                continue;
            }

            var documented = siblings.Find(s => !dropped.Contains(s) && Supersedes(s, c));
            if (documented is null)
            {
                // Every more specific sibling is only learned and less sure than the code the note names: they go.
                dropped.UnionWith(siblings);
                continue;
            }

            foreach (var e in c.Evidence)
            {
                documented.AddEvidence(e);
            }

            dropped.Add(c);
        }

        candidates.RemoveAll(dropped.Contains);
    }

    /// <summary>
    /// The codes that compete in specificity: a category, except that diabetes mellitus is one condition across its
    /// categories (E08–E13): "Type 2 diabetes mellitus without complications", the reading of a bare "diabetic", gives way
    /// to "Type 1 diabetes mellitus with ketoacidosis without coma".
    /// </summary>
    private static string SpecificityGroup(string code) =>
        code is ['E', '0', '8' or '9', ..] or ['E', '1', '0' or '1' or '3', ..] ? "E08-E13" : code[..3];

    /// <summary>
    /// How much of a title is left open: each "unspecified" (type, site, side: "Otitis media, unspecified, unspecified
    /// ear" is vaguer than "..., right ear"), and "without complications", the default a complication code replaces.
    /// </summary>
    private static int Vagueness(string description)
    {
        var count = description.Contains("without complication", StringComparison.OrdinalIgnoreCase) ? 1 : 0;
        for (var at = description.IndexOf("unspecified", StringComparison.OrdinalIgnoreCase); at >= 0; at = description.IndexOf("unspecified", at + 1, StringComparison.OrdinalIgnoreCase))
        {
            count++;
        }

        return count;
    }

    /// <summary>
    /// "Gastric ulcer ... without hemorrhage or perforation" beside "Chronic or unspecified gastric ulcer with hemorrhage", both
    /// read from "bleeding gastric ulcer (chronic, antral)": one mention cannot be both, and it stated the feature the "with"
    /// code names, so the "without" code of the same category goes.
    /// </summary>
    public static void DropWithoutBesideWith(List<Candidate> candidates, Func<string, string> description)
    {
        var titles = candidates.Where(c => c.System == CodeSystems.Icd10Cm && c.Code.Length > 3).Select(c => (Candidate: c, Title: description(c.Code))).ToList();
        candidates.RemoveAll(c => c.System == CodeSystems.Icd10Cm && c.Code.Length > 3 && WithoutFeatures(description(c.Code)) is { Count: > 0 } absent
            && titles.Exists(o => o.Candidate != c && string.CompareOrdinal(o.Candidate.Code, 0, c.Code, 0, 3) == 0 && WithFeatures(o.Title).Overlaps(absent)
                && o.Candidate.SharesEvidenceWith(c)));
    }

    /// <summary>The words of a title's "without ..." clause ("without hemorrhage or perforation" → hemorrhage, perforation).</summary>
    private static HashSet<string> WithoutFeatures(string title)
    {
        var at = title.IndexOf(" without ", StringComparison.OrdinalIgnoreCase);
        return at < 0 ? [] : WordForms.ContentWords(title[(at + 9)..]).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The words of a title's "with ..." clause, up to any "without".</summary>
    private static HashSet<string> WithFeatures(string title)
    {
        var at = title.IndexOf(" with ", StringComparison.OrdinalIgnoreCase);
        if (at < 0)
        {
            return [];
        }

        var clause = title[(at + 6)..];
        var without = clause.IndexOf(" without ", StringComparison.OrdinalIgnoreCase);
        return WordForms.ContentWords(without < 0 ? clause : clause[..without]).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>
    /// "Nausea" beside "Nausea with vomiting, unspecified": a sibling whose title names only part of what the unspecified
    /// one names is no more specific; the combination stays.
    /// </summary>
    private static bool SaysLess(string sibling, string unspecified)
    {
        // The "unspecified ..." part is what the title leaves open, not what it names ("unspecified as acute or chronic").
        var named = WordForms.ContentWords(TermText.Clean(unspecified)).Where(w => !VagueQualifiers.Contains(w)).ToHashSet(StringComparer.Ordinal);
        var words = WordForms.ContentWords(TermText.Clean(sibling)).Where(w => !VagueQualifiers.Contains(w)).ToList();
        return words.Count < named.Count && words.TrueForAll(named.Contains);
    }

    /// <summary>A specific code replaces an unspecified one unless it rests on learned evidence alone, less surely, while the note names the unspecified one.</summary>
    private static bool Supersedes(Candidate specific, Candidate unspecified) =>
        specific.DictionaryBest > 0 || unspecified.DictionaryBest <= 0 || specific.Confidence >= unspecified.Confidence;

    private static void Replace(List<Candidate> candidates, Candidate old, string code, string rule)
    {
        if (Find(candidates, code) is { } existing)
        {
            foreach (var e in old.Evidence)
            {
                existing.AddEvidence(e);
            }

            existing.Confidence = Math.Max(existing.Confidence, old.Confidence);
            candidates.Remove(old);
            return;
        }

        old.Code = code;
        old.Rule = rule;
    }

    private static Candidate? Find(List<Candidate> candidates, string code)
    {
        foreach (var c in candidates)
        {
            if (c.System == CodeSystems.Icd10Cm && c.Code == code)
            {
                return c;
            }
        }

        return null;
    }

    /// <summary>A CKD code the note's words name (a learned-only N18 is a guess from co-occurrence, not documentation).</summary>
    private static Candidate? DocumentedKidneyDisease(List<Candidate> candidates) =>
        candidates.Find(c => c.System == CodeSystems.Icd10Cm && c.Code.StartsWith("N18", StringComparison.Ordinal) && c.DictionaryBest > 0);

    private static Candidate? FindPrefix(List<Candidate> candidates, string prefix)
    {
        foreach (var c in candidates)
        {
            if (c.System == CodeSystems.Icd10Cm && c.Code.StartsWith(prefix, StringComparison.Ordinal))
            {
                return c;
            }
        }

        return null;
    }

    /// <summary>
    /// "Other X" read from a mention another code of the same category names in full ("acute cholecystitis with
    /// cholelithiasis, without obstruction" is K80.00; K80.80 "other cholelithiasis without obstruction" is its leftover
    /// words): the residual class is for a type no other code has, so it gives way.
    /// </summary>
    public static void DropResidualBesideSpecific(List<Candidate> candidates, string residualRule)
    {
        candidates.RemoveAll(c => c.System == CodeSystems.Icd10Cm && c.Rule == residualRule
            && candidates.Exists(o => o != c && o.System == CodeSystems.Icd10Cm && o.Rule != residualRule && o.Code.AsSpan(0, 3).SequenceEqual(c.Code.AsSpan(0, 3))
                && o.SharesEvidenceWith(c)));
    }

    /// <summary>
    /// "Acute on chronic" is one code for both (I50.23 acute on chronic systolic heart failure): the chronic or acute
    /// sibling the note also names, in the history or the course, is that same condition.
    /// </summary>
    public static void DropPartsOfAcuteOnChronic(List<Candidate> candidates, Func<string, string> description)
    {
        const string both = "Acute on chronic ";
        var combined = candidates.Where(c => c.System == CodeSystems.Icd10Cm && description(c.Code).StartsWith(both, StringComparison.OrdinalIgnoreCase))
            .Select(c => (c, Condition: description(c.Code)[both.Length..])).ToList();
        if (combined.Count == 0)
        {
            return;
        }

        candidates.RemoveAll(o => o.System == CodeSystems.Icd10Cm && combined.Exists(x => x.c != o && x.c.Code[..3] == o.Code[..3]
            && description(o.Code) is var title && (title.Equals("Chronic " + x.Condition, StringComparison.OrdinalIgnoreCase) || title.Equals("Acute " + x.Condition, StringComparison.OrdinalIgnoreCase))));
    }
}
