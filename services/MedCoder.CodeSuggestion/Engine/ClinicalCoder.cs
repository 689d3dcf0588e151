using System.Collections.Concurrent;
using System.Runtime.InteropServices;
using MedCoder.CodeSets.Hcpcs;
using MedCoder.CodeSets.Icd10Pcs;
using MedCoder.CodeSets.Library;
using MedCoder.CodeSuggestion.Engine.Coding;
using MedCoder.CodeSuggestion.Engine.Context;
using MedCoder.CodeSuggestion.Engine.Drugs;
using MedCoder.CodeSuggestion.Engine.Learning;
using MedCoder.CodeSuggestion.Engine.Matching;
using MedCoder.CodeSuggestion.Engine.Reading;
using MedCoder.CodeSuggestion.Engine.Services;
using MedCoder.Contracts.Coding;
using MedCoder.Contracts.Encounters;

namespace MedCoder.CodeSuggestion.Engine;

/// <summary>
/// The coding engine: reads each note (sections, sentences, tokens, abbreviations), finds concepts with the
/// code-book dictionary and the lexicon learned from CodiEsp train, applies context (negation, uncertainty by
/// setting, history, family, hypothetical), specificity (laterality, 7th character, combination codes), drops
/// integral symptoms, scores and calibrates, sequences, and raises physician queries. Deterministic; thread-safe
/// after construction (models are immutable, per-thread scratch buffers only).
/// </summary>
public sealed class ClinicalCoder : IEncounterCoder
{
    public const int MaxDiagnoses = 25;
    public const int MaxProcedures = 10;
    private const int MaxNgram = 4;

    // "dictionary:description", ... by TermSource: built once rather than per match.
    private static readonly string[] DictionaryRules = [.. Enum.GetValues<TermSource>().Select(s => "dictionary:" + s.ToString().ToLowerInvariant())];

    private readonly ICodeSets _codeSets;
    private readonly LearnedLexicon _lexicon;
    private readonly ConcurrentDictionary<(int Cm, int Pcs), Lazy<CoderModel>> _models = new();
    private readonly ConcurrentDictionary<(string Version, DateOnly Date), Lazy<HcpcsDrugCatalog>> _drugCatalogs = new();

    public ClinicalCoder(ICodeSets codeSets)
        : this(codeSets, LearnedLexicon.Embedded())
    {
    }

    public ClinicalCoder(ICodeSets codeSets, LearnedLexicon lexicon)
    {
        _codeSets = codeSets;
        _lexicon = lexicon;
    }

    /// <summary>Compiles the model of the newest release now, so the first encounter is not slowed by it.</summary>
    public void Prepare() => ModelFor(_codeSets.Icd10CmEditions.Last().Codes.FiscalYear is var fy ? new DateOnly(fy, 6, 1) : default);

    public CodingResult Code(Encounter encounter)
    {
        var model = ModelFor(encounter.ServiceEnd);
        var candidates = Score(model, encounter);
        var codes = new List<SuggestedCode>();
        var diagnoses = 0;
        var procedures = 0;

        // When the provider wrote diagnostic statements (assessment, impression, discharge diagnoses), those are
        // what a coder codes (Guidelines I.A.19, IV.C): findings elsewhere support them but are not coded alone.
        var stated = candidates.Exists(c => c.System == CodeSystems.Icd10Cm && c.DiagnosticRank != long.MaxValue && c.Confidence >= _lexicon.Threshold);
        foreach (var c in candidates)
        {
            if (c.Confidence < _lexicon.Threshold)
            {
                continue;
            }

            var isPcs = c.System == CodeSystems.Icd10Pcs;
            if (stated && !isPcs && c.DiagnosticRank == long.MaxValue)
            {
                continue;
            }

            if (isPcs ? procedures++ >= MaxProcedures : diagnoses++ >= MaxDiagnoses)
            {
                continue;
            }

            codes.Add(new SuggestedCode(c.System, CoderModel.Display(c.System, c.Code), model.DescriptionOf(c.System, c.Code), c.Confidence, [.. c.Evidence], c.Rule));
        }

        codes.AddRange(DrugCodes(encounter));
        if (encounter.Notes.Select((note, n) => OfficeVisitLevel.FromDocumentedTime(note.Text, n, encounter.Setting)).FirstOrDefault(c => c is not null) is { } visit)
        {
            codes.Add(visit);
        }

        return new CodingResult(codes, model.Edition.Codes.Version) { Queries = PhysicianQueries.For(codes, encounter) };
    }

    /// <summary>HCPCS drug codes with units; the same drug documented twice (course and summary) is billed once, at its largest dose.</summary>
    private IEnumerable<SuggestedCode> DrugCodes(Encounter encounter)
    {
        if (_codeSets.For(encounter.ServiceEnd).Choice(SourceKind.Hcpcs) is not { } hcpcs)
        {
            return [];
        }

        var catalog = _drugCatalogs.GetOrAdd((hcpcs.Version, encounter.ServiceEnd), key => new Lazy<HcpcsDrugCatalog>(() => new HcpcsDrugCatalog((HcpcsRelease)hcpcs.Release.Table, key.Date))).Value;
        return encounter.Notes
            .SelectMany((note, n) => AdministeredDrugs.Find(note.Text, n, catalog))
            .GroupBy(c => c.Code, StringComparer.Ordinal)
            .Select(g => g.MaxBy(c => c.Units)!)
            .OrderBy(c => c.Code, StringComparer.Ordinal);
    }

    /// <summary>Every candidate after the guideline rules, scored and sequenced, before the emit threshold (used by training).</summary>
    public List<Candidate> Score(CoderModel model, Encounter encounter)
    {
        var found = new Dictionary<(string, string), Candidate>();
        for (var n = 0; n < encounter.Notes.Count; n++)
        {
            Collect(model, encounter, n, found);
        }

        var candidates = new List<Candidate>(found.Values);
        foreach (var c in candidates)
        {
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

        // The guideline rules look only at codes sure enough to be suggested; weaker candidates stay as they are.
        var confident = candidates.FindAll(c => c.Confidence >= _lexicon.Threshold);
        var weak = candidates.FindAll(c => c.Confidence < _lexicon.Threshold);
        GuidelineRules.ApplyCombinations(confident, code => model.Edition.Codes.Find(code) is { Billable: true });
        GuidelineRules.DropIntegralSymptoms(confident);
        GuidelineRules.DropUnspecifiedBesideSpecific(confident, code => model.Edition.Codes.Find(code)?.LongDescription ?? string.Empty);
        confident.AddRange(weak);
        confident.Sort(Sequence);
        return confident;
    }

    /// <summary>Diagnosis-section mentions first, in documented order; then by confidence; ICD-10-CM before PCS.</summary>
    private static int Sequence(Candidate a, Candidate b)
    {
        var bySystem = string.CompareOrdinal(a.System, b.System);
        if (bySystem != 0)
        {
            return bySystem;
        }

        var byRank = a.DiagnosticRank.CompareTo(b.DiagnosticRank);
        if (byRank != 0)
        {
            return byRank;
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

    public CoderModel ModelFor(DateOnly dateOfService)
    {
        var snapshot = _codeSets.For(dateOfService);
        var edition = snapshot.Icd10Cm.Release;
        var pcs = snapshot.Table<Icd10PcsRelease>(SourceKind.Icd10PcsOrder);
        var key = (edition.FiscalYear, pcs?.FiscalYear ?? 0);
        return _models.GetOrAdd(key, _ => new Lazy<CoderModel>(() => new CoderModel(edition, pcs, _lexicon))).Value;
    }

    private static void Collect(CoderModel model, Encounter encounter, int noteIndex, Dictionary<(string, string), Candidate> found)
    {
        var note = NoteReader.Read(encounter.Notes[noteIndex].Text);
        var flags = ContextScanner.Scan(note);
        var stream = new ContentStream(note, flags, model.Vocabulary);
        var episode = Episodes.Of(note, encounter.Setting);
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
                        Add(model, encounter, stream, noteIndex, s, i, j, target.System, target.Code, target.Precision, learned: true, "learned", found);
                    }
                }
            }

            matches.Clear();
            model.Dictionary.Match(stream, s, matches);
            foreach (var match in matches)
            {
                var term = model.Dictionary.Terms[match.Term];
                var code = Episodes.Choose(term.Codes, episode, model.Hierarchy);
                var count = term.Words.Length;
                var score = count == 1 ? 0.4 : count == 2 ? 0.55 : 0.65;
                score -= term.Source == TermSource.Header ? 0.05 : 0;
                Add(model, encounter, stream, noteIndex, s, match.From, match.To, CodeSystems.Icd10Cm, code, score, learned: false, DictionaryRules[(int)term.Source], found);
            }
        }
    }

    private static void Add(CoderModel model, Encounter encounter, ContentStream stream, int noteIndex, int sentence, int from, int to, string system, string code, double score, bool learned, string rule, Dictionary<(string, string), Candidate> found)
    {
        var flags = stream.FlagsOf(from, to);
        if ((flags & (ContextFlags.Negated | ContextFlags.Family | ContextFlags.Hypothetical)) != 0)
        {
            return;
        }

        if ((flags & ContextFlags.History) != 0 && (system == CodeSystems.Icd10Pcs || !GuidelineRules.IsChronic(code)))
        {
            return; // a past condition or procedure: not the active code (no reliable Z86/Z87 mapping yet)
        }

        var uncertain = (flags & ContextFlags.Uncertain) != 0;
        if (uncertain && encounter.Setting != CareSetting.Inpatient)
        {
            return; // outpatient uncertain diagnoses are not coded (guideline IV.H); the symptoms are, where stated
        }

        // One hash of the key whether the candidate is new or not.
        ref var slot = ref CollectionsMarshal.GetValueRefOrAddDefault(found, (system, code), out _);
        var candidate = slot ??= new Candidate(system, code) { Rule = rule };

        if (learned)
        {
            candidate.AddLearned(score);
        }
        else if (score > candidate.DictionaryBest)
        {
            candidate.DictionaryBest = score;
            candidate.Rule = rule;
        }

        candidate.Certain |= !uncertain || encounter.Setting == CareSetting.Inpatient;
        var s = stream.Note.Sentences[sentence];
        var position = ((long)noteIndex << 40) | (long)from;
        candidate.FirstPosition = Math.Min(candidate.FirstPosition, position);
        if (!learned && SectionKinds.IsDiagnostic(s.Section))
        {
            candidate.DiagnosticRank = Math.Min(candidate.DiagnosticRank, ((long)noteIndex << 40) | ((long)(s.Section == SectionKind.Plan ? 1 : 0) << 39) | (long)from);
        }

        var tokens = stream.Note.Tokens;
        candidate.AddEvidence(noteIndex, tokens[stream.Tokens[from]].Start, tokens[stream.Tokens[to]].End);
        _ = model;
    }
}
