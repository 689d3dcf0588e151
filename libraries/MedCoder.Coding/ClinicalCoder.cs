using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Runtime.InteropServices;
using MedCoder.CodeSets.Hcpcs;
using MedCoder.CodeSets.Icd10Pcs;
using MedCoder.CodeSets.Library;
using MedCoder.Coding.Context;
using MedCoder.Coding.Drugs;
using MedCoder.Coding.Learning;
using MedCoder.Coding.Matching;
using MedCoder.Coding.Reading;
using MedCoder.Coding.Routing;
using MedCoder.Coding.Rules;
using MedCoder.Coding.Services;
using MedCoder.Contracts.Coding;
using MedCoder.Contracts.Encounters;

namespace MedCoder.Coding;

/// <summary>
/// The coding engine: reads each note (sections, sentences, tokens, abbreviations), finds concepts with the
/// code-book dictionary and the lexicon learned from CodiEsp train, applies context and section (negation, uncertainty
/// by setting, history, family, allergy, hypothetical; README "Claim coding"), specificity (laterality, 7th character,
/// combination codes), drops integral symptoms, scores and calibrates, sequences, and raises physician queries. On a
/// claim only codes a mention names are suggested (anchoring). Deterministic; thread-safe after construction (models
/// are immutable, per-thread scratch buffers only).
/// </summary>
public sealed partial class ClinicalCoder : IEncounterCoder
{
    public const int MaxProcedures = 10;
    private const int MaxNgram = 4;
    private const string HistoryRule = "history:";
    private const string StatusRule = "status:";
    private const string MeasuredRule = "measure:";
    private const double MeasuredScore = 0.65;

    // "dictionary:description", ... by TermSource: built once rather than per match.
    private static readonly string[] DictionaryRules = [.. Enum.GetValues<TermSource>().Select(s => "dictionary:" + s.ToString().ToLowerInvariant())];

    // One word that names no condition by itself: "the wound was closed", "her illness began", "no injury", "until her death" (T14.8, R69, R99).
    private static readonly FrozenSet<string> GenericWords = new[]
        {
            "wound", "illness", "injury", "trauma", "disease", "disorder", "condition", "problem", "lesion", "infection", "complication", "counseling", "death",
            "delivery", "labor", // "delivery at 37 weeks if stable" is a plan, not a complication of labor and delivery (O74.9)
            "allergy", // "penicillin allergy" is a status (Z88.0), not an allergic reaction (T78.40XA)
        }
        .ToNormalizedSet();

    private readonly ICodeSets _codeSets;
    private readonly LearnedLexicon _lexicon;
    private readonly ConcurrentDictionary<(int Cm, int Pcs), Lazy<CoderModel>> _models = new();
    private readonly ConcurrentDictionary<(string Version, DateOnly Date), Lazy<HcpcsDrugCatalog>> _drugCatalogs = new();

    public ClinicalCoder(ICodeSets codeSets, CodingPurpose purpose = CodingPurpose.Claim)
        : this(codeSets, LearnedLexicon.Embedded(), purpose)
    {
    }

    public ClinicalCoder(ICodeSets codeSets, LearnedLexicon lexicon, CodingPurpose purpose = CodingPurpose.Claim)
    {
        _codeSets = codeSets;
        _lexicon = lexicon;
        Purpose = purpose;
    }

    /// <summary>Codes below this calibrated confidence are not suggested; null: the thresholds learned with the lexicon, per code system.</summary>
    public double? MinConfidence { get; init; }

    /// <summary>An encounter is released without a coder only when every code reaches this confidence (and no query is open).</summary>
    public double AutoReleaseConfidence { get; init; } = ReleaseRouter.DefaultMinConfidence;

    public CodingPurpose Purpose { get; }

    /// <summary>Compiles the model of the newest release now, so the first encounter is not slowed by it.</summary>
    public void Prepare() => ModelFor(_codeSets.Icd10CmEditions.Last().Codes.FiscalYear is var fy ? new DateOnly(fy, 6, 1) : default);

    public CodingResult Code(Encounter encounter)
    {
        // The code sets in force on the date of service, resolved once: the model, the drug catalogue and the version
        // the result reports all come from this one snapshot.
        var snapshot = _codeSets.For(encounter.ServiceEnd);
        var model = ModelFor(snapshot);
        var categories = new List<CategoryMention>();
        var read = new List<ReadNote>(encounter.Notes.Count);
        var candidates = Score(model, encounter, categories, read);
        var codes = new List<SuggestedCode>();
        var notStated = new List<string>();
        var diagnoses = 0;
        var procedures = 0;
        var maxDiagnoses = ClaimForms.MaxDiagnoses(ClaimForms.For(encounter));

        // When the provider wrote diagnostic statements (assessment, impression, discharge diagnoses), those are
        // what a coder codes (Guidelines I.A.19, IV.C): findings elsewhere support them but are not coded alone.
        var stated = Purpose == CodingPurpose.Claim && candidates.Exists(c => c.System == CodeSystems.Icd10Cm && c.DiagnosticRank != long.MaxValue && Emits(c));

        // A statement of statuses only ("postoperative changes of prior CABG") diagnoses nothing: the indication's symptoms stand.
        var diagnosed = stated && candidates.Exists(c => c.System == CodeSystems.Icd10Cm && c.DiagnosticRank != long.MaxValue && Emits(c) && !IsStatusRule(c.Rule));
        var operative = IsOperativeReport(read);
        foreach (var c in candidates)
        {
            if (!Emits(c))
            {
                continue;
            }

            var isPcs = c.System == CodeSystems.Icd10Pcs;
            // Status codes (history, family history, allergies, drugs, devices) and measured ones come from the other sections by nature (I.C.21.c.4).
            // An operative or procedure report's diagnoses name the operated condition only: the chronic conditions it documents are coded beside it.
            if (stated && !isPcs && c.DiagnosticRank == long.MaxValue && !IsStatusRule(c.Rule) && !(operative && CoexistingConditions.AffectOperativeCare(c.Code))
                && (diagnosed || c.Code[0] != 'R'))
            {
                continue;
            }

            // A claim has room for the diagnoses its form carries (12 on an 837P, 25 on an 837I; ClaimForms); an index lists every code the text supports.
            if (Purpose == CodingPurpose.Claim && (isPcs ? procedures++ >= MaxProcedures : diagnoses++ >= maxDiagnoses))
            {
                continue;
            }

            codes.Add(new SuggestedCode(c.System, CoderModel.Display(c.System, c.Code), model.DescriptionOf(c.System, c.Code), c.Confidence, [.. c.Evidence], c.Rule));
            if (Purpose == CodingPurpose.Claim && c.System == CodeSystems.Icd10Cm && !c.FinalStatement)
            {
                notStated.Add(codes[^1].Code);
            }
        }

        codes.AddRange(DrugCodes(encounter, snapshot));
        if (VisitLevel.For(encounter.Notes, encounter.Setting) is { } visit)
        {
            codes.Add(visit);
        }

        IReadOnlyList<PhysicianQuery> queries = [.. PhysicianQueries.For(codes, encounter), .. SpecificityQueries.For(categories, codes, model.Edition.Codes)];
        var uncoded = Purpose == CodingPurpose.Claim ? FinalStatements.Uncovered(read, codes) : 0;
        return new CodingResult(codes, snapshot.Icd10Cm.Release.Codes.Version)
        {
            Queries = queries,
            Route = ReleaseRouter.Route(codes, queries, AutoReleaseConfidence, notStated, uncoded),
        };
    }

    /// <summary>An operative or procedure report: pre- or postoperative diagnoses, or a procedure with its indications.</summary>
    private static bool IsOperativeReport(IEnumerable<ReadNote> read) =>
        read.Any(n => Array.Exists(n.Sentences, s => s.Section is SectionKind.PreoperativeDiagnosis or SectionKind.PostoperativeDiagnosis)
            || (Array.Exists(n.Sentences, s => s.Section == SectionKind.Procedures) && Array.Exists(n.Sentences, s => s.Section == SectionKind.Indications)));

    /// <summary>HCPCS drug codes with units; the same drug documented twice (course and summary) is billed once, at its largest dose.</summary>
    private IEnumerable<SuggestedCode> DrugCodes(Encounter encounter, CodeSetSnapshot snapshot)
    {
        if (snapshot.Choice(SourceKind.Hcpcs) is not { } hcpcs)
        {
            return [];
        }

        var catalog = _drugCatalogs.GetOrAdd((hcpcs.Version, snapshot.DateOfService), key => new Lazy<HcpcsDrugCatalog>(() => new HcpcsDrugCatalog((HcpcsRelease)hcpcs.Release.Table, key.Date))).Value;
        return encounter.Notes
            .SelectMany((note, n) => AdministeredDrugs.Find(note.Text, n, catalog))
            .GroupBy(c => c.Code, StringComparer.Ordinal)
            .Select(g => g.MaxBy(c => c.Units)!)
            .OrderBy(c => c.Code, StringComparer.Ordinal);
    }

    /// <summary>Every candidate after the guideline rules, scored and sequenced, before the emit threshold (used by training).</summary>
    public List<Candidate> Score(CoderModel model, Encounter encounter) => Score(model, encounter, categories: null, notes: null);

    /// <param name="categories">Receives, in the claim purpose, the conditions named under a category that has no code (for queries).</param>
    /// <param name="notes">Receives the notes as read.</param>
    private List<Candidate> Score(CoderModel model, Encounter encounter, List<CategoryMention>? categories, List<ReadNote>? notes)
    {
        var found = new Dictionary<(string, string), Candidate>();
        var read = new List<(ReadNote Note, ContextFlags[] Flags)>(encounter.Notes.Count);
        for (var n = 0; n < encounter.Notes.Count; n++)
        {
            read.Add(Collect(model, encounter, n, found, categories));
        }

        notes?.AddRange(read.Select(r => r.Note));
        var operative = Purpose == CodingPurpose.Claim && IsOperativeReport(read.Select(r => r.Note));

        var candidates = new List<Candidate>(found.Values);
        if (Purpose == CodingPurpose.Claim)
        {
            // A claim codes only what the note names: a learned co-occurrence ranks candidates, it never makes one (README);
            // a history code only when the note ties it to this visit.
            candidates.RemoveAll(c => !c.Anchored || (HistoryCodes.NeedsTieToCare(c.Code) && !c.NamedOutsideHistory));
        }

        foreach (var c in candidates)
        {
            if (Purpose == CodingPurpose.Claim && (c.Rule.StartsWith(StatusRule, StringComparison.Ordinal) || c.Rule.StartsWith(MeasuredRule, StringComparison.Ordinal)))
            {
                c.Raw = c.Confidence = c.Precedence == Candidate.ReasonPrecedence && c.FinalStatement && !IsJudgedReason(c.Code) ? StatedReasonConfidence : StatusConfidence;
                continue;
            }

            if (_lexicon.Rank(c) is { } ranked)
            {
                c.Raw = ranked;
                c.Confidence = Math.Max(_lexicon.Calibrate(ranked, c.System), StatedFloor(c));
                if (operative && c.DictionaryBest > 0 && c.DiagnosticRank == long.MaxValue && CoexistingConditions.AffectOperativeCare(c.Code))
                {
                    // A chronic condition an operative report documents by its title is coded beside the operated one (README):
                    // sure enough for the claim, for a coder to confirm.
                    c.Confidence = Math.Max(c.Confidence, Math.Max(c.DictionaryBest, ClaimMinConfidence));
                }

                continue;
            }

            var learned = c.LearnedBest + (0.3 * (1 - c.LearnedBest) * c.LearnedSecond);
            var dictionary = c.DictionaryBest;
            if (dictionary > 0 && c.System == CodeSystems.Icd10Cm && _lexicon.DictionaryReliability.TryGetValue(c.Code, out var r) && r.Matched >= 3)
            {
                dictionary = (0.4 * dictionary) + (0.6 * (r.Gold + 1.0) / (r.Matched + 2.0));
            }

            if (c.DiagnosticRank != long.MaxValue)
            {
                dictionary = Math.Min(0.95, Math.Max(dictionary, c.DictionaryBest) + 0.25);
            }

            c.Raw = 1 - ((1 - learned) * (1 - dictionary));
            c.Confidence = _lexicon.Calibrate(c.Raw);
            if (c.DiagnosticRank != long.MaxValue)
            {
                // Stated in the assessment / discharge diagnoses: at least as sure as the raw evidence says.
                c.Confidence = Math.Round(Math.Max(c.Confidence, Math.Min(0.95, c.Raw)), 3);
            }
        }

        if (Purpose == CodingPurpose.Claim)
        {
            foreach (var c in candidates)
            {
                if (c.System == CodeSystems.Icd10Cm && (!c.FinalStatement || GuidelineRules.IsSupplementaryStatus(c.Code)))
                {
                    c.Confidence = Math.Min(c.Confidence, NotStatedCeiling);
                }
            }
        }

        // The guideline rules look only at codes sure enough to be suggested; weaker candidates stay as they are.
        var confident = candidates.FindAll(Emits);
        var weak = candidates.FindAll(c => !Emits(c));
        if (Purpose == CodingPurpose.Claim)
        {
            ApplyClaimRules(model, encounter, read, confident);
            model.SpecificityDoubt.Apply(read.ConvertAll(r => r.Note), confident);
            IndexLookups.Apply(confident);
            if (encounter.Setting != CareSetting.Inpatient)
            {
                SingleMention.Apply(confident);
            }
        }

        confident.AddRange(weak);
        confident.Sort(Purpose == CodingPurpose.Claim ? ClaimSequence : IndexSequence);
        if (Purpose == CodingPurpose.Claim)
        {
            EtiologyFirst.Apply(confident, Emits, model.SequencingNotes);
        }

        return confident;
    }

    /// <summary>
    /// A diagnosis the provider states in a diagnostic section (assessment, impression, discharge diagnoses) under a
    /// code-book title is what a coder codes (Guidelines I.A.19, IV.C): at least as sure as the title match is
    /// specific (one word 0.65, two 0.8, three or more 0.9). A past condition named by its title gets the title
    /// match's own score as its status code's floor (0.4 / 0.55 / 0.65), at least the claim's minimum: below auto-release,
    /// so a coder confirms it.
    /// Not learned: CodiEsp case reports rarely have such sections and never code status codes for past conditions.
    /// A residual reading ("Other X" as plain X, a title without its qualifier, an Excludes note's condition) is not a
    /// title match: it gets no floor and stands on the ranking model alone.
    /// </summary>
    private static double StatedFloor(Candidate c) =>
        c.DictionaryBest <= 0 ? 0
        : c.Rule.EndsWith(DictionaryRules[(int)TermSource.Residual], StringComparison.Ordinal) ? (c.FinalStatement ? ResidualStatedFloor : 0)
        : c.DiagnosticRank != long.MaxValue ? Math.Min(0.95, c.DictionaryBest + 0.25)
        : c.Rule.StartsWith(HistoryRule, StringComparison.Ordinal) ? Math.Max(c.DictionaryBest, ClaimMinConfidence)
        : 0;

    /// <summary>
    /// A claim lists a diagnosis only from this confidence up: the direct statements, titles of two words or more and
    /// status phrases. On the dictated notes' tune split the codes below it were right 33–49% of the time, those at or
    /// above it 86% (README, "Coding engine evaluation"); a claim is precision first, and the coder adds what it leaves out.
    /// </summary>
    public const double ClaimMinConfidence = 0.6;

    // A residual reading the provider states as a diagnosis ("Nuclear cataract." for age-related nuclear cataract) is just
    // sure enough for the claim, and well below auto-release.
    private const double ResidualStatedFloor = ClaimMinConfidence;

    private bool Emits(Candidate c) => c.Confidence >= (MinConfidence ?? (Purpose == CodingPurpose.Claim && c.System == CodeSystems.Icd10Cm
        ? Math.Max(ClaimMinConfidence, _lexicon.ThresholdFor(c.System))
        : _lexicon.ThresholdFor(c.System)));

    /// <summary>
    /// ICD-10-CM before PCS; on a claim the encounter's reason and obstetric codes first (Guidelines IV, I.C.15.a); then the
    /// diagnostic statement's codes, the final one first, in documented order; then by confidence.
    /// </summary>
    private static int ClaimSequence(Candidate a, Candidate b) => Sequence(a, b, noteOrder: true);

    // An index ranks by confidence: the order is what its mean average precision measures.
    private static int IndexSequence(Candidate a, Candidate b) => Sequence(a, b, noteOrder: false);

    private static int Sequence(Candidate a, Candidate b, bool noteOrder)
    {
        var bySystem = string.CompareOrdinal(a.System, b.System);
        if (bySystem != 0)
        {
            return bySystem;
        }

        var byPrecedence = a.Precedence.CompareTo(b.Precedence);
        if (byPrecedence != 0)
        {
            return byPrecedence;
        }

        // A general examination is the encounter; a screening done during it is an additional code (I.C.21.c.5).
        if (a.Precedence == Candidate.ReasonPrecedence && IsGeneralExamination(a.Code) != IsGeneralExamination(b.Code))
        {
            return IsGeneralExamination(a.Code) ? -1 : 1;
        }

        var byRank = a.DiagnosticRank.CompareTo(b.DiagnosticRank);
        if (byRank != 0)
        {
            return byRank;
        }

        // Outside a diagnostic statement (an indication, a history) the note's own order says what came first.
        if (noteOrder && a.DiagnosticRank == long.MaxValue && a.FirstPosition != b.FirstPosition)
        {
            return a.FirstPosition.CompareTo(b.FirstPosition);
        }

        var byConfidence = b.Confidence.CompareTo(a.Confidence);
        if (byConfidence != 0)
        {
            return byConfidence;
        }

        var byRaw = b.Raw.CompareTo(a.Raw);
        if (byRaw != 0)
        {
            return byRaw;
        }

        var byPosition = a.FirstPosition.CompareTo(b.FirstPosition);
        return byPosition != 0 ? byPosition : string.CompareOrdinal(a.Code, b.Code);
    }

    private static bool IsGeneralExamination(string code) => code.StartsWith("Z00", StringComparison.Ordinal);

    /// <summary>The model compiled for the code sets in force on a date of service (training and benchmarks ask by date).</summary>
    public CoderModel ModelFor(DateOnly dateOfService) => ModelFor(_codeSets.For(dateOfService));

    /// <summary>The model of the snapshot's ICD-10-CM and ICD-10-PCS releases, compiled once per pair of fiscal years.</summary>
    private CoderModel ModelFor(CodeSetSnapshot snapshot)
    {
        var edition = snapshot.Icd10Cm.Release;
        var pcs = snapshot.Table<Icd10PcsRelease>(SourceKind.Icd10PcsOrder);
        var key = (edition.FiscalYear, pcs?.FiscalYear ?? 0);
        return _models.GetOrAdd(key, _ => new Lazy<CoderModel>(() => new CoderModel(edition, pcs, _lexicon, partialProcedures: Purpose == CodingPurpose.Index))).Value;
    }

    /// <summary>Finds the candidates of one note; returns the note as read, with its context flags.</summary>
    private (ReadNote Note, ContextFlags[] Flags) Collect(CoderModel model, Encounter encounter, int noteIndex, Dictionary<(string, string), Candidate> found, List<CategoryMention>? categories)
    {
        var note = NoteReader.Read(encounter.Notes[noteIndex].Text);
        var flags = ContextScanner.Scan(note);
        var stream = new ContentStream(note, flags, model.Vocabulary);
        var episode = Episodes.Of(note, encounter.Setting, flags);
        var scan = new NoteScan(model, encounter, stream, noteIndex, found, PostoperativeStatement.ReplacesPreoperative(note));
        var matches = new List<TermMatch>();
        var words = stream.Words;
        for (var s = 0; s < note.Sentences.Length; s++)
        {
            var from = stream.SentenceStart[s];
            var to = stream.SentenceStart[s + 1];
            for (var i = from; i < to; i++)
            {
                var node = TokenTrie.Root;
                for (var j = i; j < to && j < i + MaxNgram; j++)
                {
                    node = model.Trie.Step(node, words[j]);
                    if (node < 0)
                    {
                        break;
                    }

                    var payload = model.Trie.Payload(node);
                    if (payload < 0)
                    {
                        continue;
                    }

                    foreach (var target in model.Targets[payload])
                    {
                        Add(scan, CodeMention.OfLearned(s, i, j, target));
                    }
                }
            }

            matches.Clear();
            model.Dictionary.Match(stream, s, matches, keepBesideNegated: Purpose == CodingPurpose.Claim,
                keepBesideUncertain: Purpose == CodingPurpose.Claim && encounter.Setting != CareSetting.Inpatient);
            foreach (var match in matches)
            {
                var term = model.Dictionary.Terms[match.Term];
                if (term.Source == TermSource.Unresolved)
                {
                    var use = Purpose == CodingPurpose.Claim
                        ? ClaimReading.Of(stream.FlagsOf(match.From, match.To), note.Sentences[s].Section, CodeSystems.Icd10Cm, term.Codes[0], encounter.Setting).Use
                        : ClaimUse.Drop;
                    if (categories is not null && use == ClaimUse.Current)
                    {
                        var (start, end) = stream.CharactersOf(match.From, match.To);
                        categories.Add(new CategoryMention(term.Codes[0], new EvidenceSpan(noteIndex, start, end)));
                    }

                    // A past condition needs no detail for its status: "history of breast cancer" is Z85.3 whatever the side.
                    if (use == ClaimUse.Status)
                    {
                        Add(scan, new CodeMention(s, match.From, match.To, term.System, term.Codes[0], 0.55, DictionaryRules[(int)TermSource.Unresolved]));
                    }

                    continue;
                }

                var code = term.System == CodeSystems.Icd10Cm ? Episodes.Choose(term.Codes, episode, model.Hierarchy) : term.Codes[0];
                var count = term.Words.Length;
                var score = count == 1 ? 0.4 : count == 2 ? 0.55 : 0.65;
                score -= term.Source switch { TermSource.Header or TermSource.Index => 0.05, TermSource.Variant or TermSource.Residual => 0.1, _ => 0 };
                Add(scan, new CodeMention(s, match.From, match.To, term.System, code, score, DictionaryRules[(int)term.Source], TermSaysWithout: model.Dictionary.SaysWithout(match.Term)));
            }
        }

        foreach (var measured in MeasuredCodes.Find(note.Text, encounter.Patient.AgeOn(encounter.ServiceEnd), claim: Purpose == CodingPurpose.Claim))
        {
            AddMeasured(model, noteIndex, measured, found, claim: Purpose == CodingPurpose.Claim);
        }

        if (Purpose == CodingPurpose.Claim)
        {
            var statuses = new List<StatusMention>();
            StatusStatements.Find(note, flags, encounter.Setting, statuses);
            TobaccoUse.Find(note, flags, statuses);
            foreach (var status in statuses)
            {
                AddStatus(scan, status);
            }
        }

        return (note, flags);
    }

    /// <summary>A code read from a documented number (<see cref="MeasuredCodes"/>): as sure as a three-word title match.</summary>
    private static void AddMeasured(CoderModel model, int noteIndex, MeasuredCode measured, Dictionary<(string, string), Candidate> found, bool claim)
    {
        if (model.Edition.Codes.Find(measured.Code) is not { Billable: true })
        {
            return;
        }

        ref var slot = ref CollectionsMarshal.GetValueRefOrAddDefault(found, (CodeSystems.Icd10Cm, measured.Code), out _);
        var candidate = slot ??= new Candidate(CodeSystems.Icd10Cm, measured.Code) { Rule = measured.Rule };
        if (claim)
        {
            candidate.Rule = measured.Rule; // the number names the code, whatever else pointed at it
        }

        candidate.Mentions++;
        candidate.AssertedMentions++;
        candidate.DictionaryBest = Math.Max(candidate.DictionaryBest, MeasuredScore);
        candidate.Certain = true;
        candidate.Anchored = true;
        candidate.FirstPosition = Math.Min(candidate.FirstPosition, ((long)noteIndex << 40) | (long)measured.Start);
        candidate.AddEvidence(noteIndex, measured.Start, measured.End);
    }

    /// <summary>
    /// Adds a mention to its code's candidate. In the claim purpose a mention counts as <see cref="ClaimReading"/> says (dropped,
    /// current, a past-history listing, or its status code), and only a dictionary mention (one that names the condition)
    /// anchors the code and gives evidence; a learned n-gram only adds to the ranking of a code named elsewhere.
    /// </summary>
    private void Add(NoteScan scan, in CodeMention mention)
    {
        var (system, code, rule) = (mention.System, mention.Code, mention.Rule);
        var (from, to) = (mention.From, mention.To);
        var flags = scan.Stream.FlagsOf(from, to, mention.TermSaysWithout);

        // "Previous low transverse cesarean": a pregnancy's care for what an earlier one left is current (O34.21-, O09.-).
        if (system == CodeSystems.Icd10Cm && HistoryCodes.IsCareForAPreviousPregnancy(code))
        {
            flags &= ~ContextFlags.History;
        }

        var uncertain = (flags & ContextFlags.Uncertain) != 0;
        var s = scan.Stream.Note.Sentences[mention.Sentence];
        var names = mention.Learned is null && !(Purpose == CodingPurpose.Claim && from == to && GenericWords.Contains(scan.Stream.Note.Tokens[scan.Stream.Tokens[from]].Word));
        var use = ClaimUse.Current;
        if (Purpose == CodingPurpose.Claim)
        {
            var reading = ClaimReading.Of(flags, s.Section, system, code, scan.Encounter.Setting);
            use = reading.Use;
            if (use == ClaimUse.Drop || (use == ClaimUse.Status && scan.Model.Edition.Codes.Find(reading.Code) is not { Billable: true }))
            {
                return;
            }

            if (use == ClaimUse.Status)
            {
                (code, rule) = (reading.Code, HistoryRule + rule);
            }
        }

        // One hash of the key whether the candidate is new or not.
        ref var slot = ref CollectionsMarshal.GetValueRefOrAddDefault(scan.Found, (system, code), out _);
        var candidate = slot ??= new Candidate(system, code) { Rule = rule };

        candidate.Mentions++;
        candidate.AssertedMentions += flags == ContextFlags.None ? 1 : 0;
        candidate.Anchored |= names && use != ClaimUse.PastList;
        if (mention.Learned is { } learned)
        {
            candidate.AddLearned(mention.Score, learned.Support, to - from + 1, learned.Attested, learned.AttestedPrecision);
        }
        else if (mention.Score > candidate.DictionaryBest)
        {
            candidate.DictionaryBest = mention.Score;
            candidate.Rule = rule;
        }

        candidate.Certain |= !uncertain || scan.Encounter.Setting == CareSetting.Inpatient;
        candidate.NamedOutsideHistory |= names && s.Section is not (SectionKind.FamilyHistory or SectionKind.PastMedicalHistory or SectionKind.PastSurgicalHistory);
        var position = ((long)scan.NoteIndex << 40) | (long)from;
        candidate.FirstPosition = Math.Min(candidate.FirstPosition, position);
        if (names && system == CodeSystems.Icd10Cm && use != ClaimUse.PastList && SectionKinds.IsDiagnostic(s.Section)
            && !(Purpose == CodingPurpose.Claim && s.Section == SectionKind.PreoperativeDiagnosis && scan.PostoperativeReplacesPreoperative)
            && !(Purpose == CodingPurpose.Claim && s.Section == SectionKind.Plan))
        {
            candidate.DiagnosticRank = Math.Min(candidate.DiagnosticRank, DiagnosticRank(scan, s.Section, from));
            candidate.FinalStatement |= Purpose == CodingPurpose.Claim && !uncertain && SectionKinds.IsFinalStatement(s.Section);
        }

        // An index shows every span that led to a code; a claim only those that name the condition.
        if (names || Purpose == CodingPurpose.Index)
        {
            var (start, end) = scan.Stream.CharactersOf(from, to);
            candidate.AddEvidence(scan.NoteIndex, start, end);
        }
    }

    /// <summary>The final statement first (discharge, postoperative diagnosis), then the assessment, the preoperative diagnosis, the plan; by note and position within each.</summary>
    private static long DiagnosticRank(NoteScan scan, SectionKind section, int position) =>
        ((long)SectionKinds.DiagnosticPriority(section) << 56) | ((long)scan.NoteIndex << 40) | (long)position;
}
