using MedCoder.CodeSets.Icd10Cm;
using MedCoder.CodeSets.Library;
using MedCoder.Coding.Learning;
using MedCoder.Coding.Reading;
using MedCoder.Coding.Rules;
using MedCoder.Coding.Training.Evaluation;
using MedCoder.Contracts;
using MedCoder.Contracts.Coding;
using MedCoder.Contracts.Encounters;

namespace MedCoder.Coding.Training;

/// <summary>
/// Learns from training documents only (see README.md in this folder), in the index purpose (CodiEsp codes every
/// mention, negated ones included, so n-grams are not broken by context; the claim purpose applies context at match time):
/// 1. lexicon: n-grams of 1–4 content words per sentence (stop words removed), counted once per document; pairs
///    (n-gram, gold code of the document) kept when P(code | n-gram) = support / (df + 2) is at least MinLift times
///    the code's base rate and either the n-gram is the code's aligned gold mention in some document
///    (<see cref="MentionAligner"/>) or support ≥ MinSupport and P ≥ MinPrecision;
/// 2. dictionary reliability: per code, documents where the code-book dictionary suggested it and how many
///    had it as gold; code priors (documents per gold code);
/// 3. ranking model: 10-fold cross-fitting — each fold coded by an engine trained on the other nine — gives held-out
///    candidates with their <see cref="CandidateFeatures"/> and whether they were gold (older-edition gold codes
///    matched through <see cref="GoldCrosswalk"/>); per code, how often its candidates were gold (never from a row's own label, see
///    <see cref="FitRanker"/>); gradient-boosted trees per code system on them (<see cref="BoostedTrees"/>), each
///    candidate also scored by trees fitted without its document's fold;
/// 4. calibration, per system: those held-out scores cut into equal-width bins (thin ones merged down), observed precision
///    per bin made monotone (pool adjacent violators); per system, the emit threshold that maximises held-out micro-F1.
/// Deterministic: documents in id order, folds by index, trees grown without sampling.
/// </summary>
public static class LexiconTrainer
{
    public const int MinSupport = 3;
    public const double MinPrecision = 0.15;

    /// <summary>
    /// P(code | n-gram) must beat the code's base rate this many times: common codes (fever, pain) otherwise
    /// attach to any frequent word ("positive" → R50.9 at 26%, about its base rate).
    /// </summary>
    public const double MinLift = 2.0;
    public const int Folds = 10;

    /// <summary>Folds of the held-out candidates that score each one with a ranking model it did not train.</summary>
    private const int RankerFolds = 5;
    public const int Bins = 20;
    private const int MinBinCount = 30;
    private const int MaxNgram = 4;

    public static readonly DateOnly DateOfService = new(2026, 3, 2);

    public static LearnedLexicon Train(IReadOnlyList<TrainingDocument> documents, ICodeSets codeSets)
    {
        var ngrams = documents.Select(d => NgramsOf(d.Text)).ToList();
        var mentionGrams = documents.Select(MentionGrams).ToList();
        var dictionaryCodes = DictionaryCodes(documents, codeSets);
        var held = new List<HeldOut>();
        var missed = new Dictionary<string, int>(StringComparer.Ordinal);
        var crosswalk = new GoldCrosswalk(codeSets.For(DateOfService).Icd10Cm.Release.Conversion);
        for (var fold = 0; fold < Folds; fold++)
        {
            var trainIdx = Enumerable.Range(0, documents.Count).Where(i => i % Folds != fold).ToList();
            var lexicon = Unranked(documents, ngrams, mentionGrams, dictionaryCodes, trainIdx);
            var coder = new ClinicalCoder(codeSets, lexicon, CodingPurpose.Index);
            var model = coder.ModelFor(DateOfService);
            foreach (var i in Enumerable.Range(0, documents.Count).Where(i => i % Folds == fold))
            {
                var gold = documents[i].DiagnosisCodes.Concat(documents[i].ProcedureCodes).ToHashSet(StringComparer.Ordinal);
                var hits = new Dictionary<string, int>(StringComparer.Ordinal);
                foreach (var c in coder.Score(model, EncounterOf(documents[i].Text)))
                {
                    var code = Display(c).ToLowerInvariant();
                    var isGold = gold.Contains(code) || (c.System == CodeSystems.Icd10Cm && gold.Any(g => crosswalk.Replaces(code, g)));
                    hits[c.System] = hits.GetValueOrDefault(c.System) + (isGold ? 1 : 0);
                    var x = new double[CandidateFeatures.Count];
                    CandidateFeatures.Fill(c, lexicon, x);
                    held.Add(new HeldOut(c.System, c.Code, x, isGold, i));
                }

                missed[CodeSystems.Icd10Cm] = missed.GetValueOrDefault(CodeSystems.Icd10Cm) + documents[i].DiagnosisCodes.Count - hits.GetValueOrDefault(CodeSystems.Icd10Cm);
                missed[CodeSystems.Icd10Pcs] = missed.GetValueOrDefault(CodeSystems.Icd10Pcs) + documents[i].ProcedureCodes.Count - hits.GetValueOrDefault(CodeSystems.Icd10Pcs);
            }
        }

        var candidates = Count(held);
        var systems = held.Select(h => h.System).Distinct().Order(StringComparer.Ordinal).ToList();
        var rankers = new Dictionary<string, BoostedTrees>(StringComparer.Ordinal);
        var heldScores = new double[held.Count];
        foreach (var system in systems)
        {
            var rows = Enumerable.Range(0, held.Count).Where(n => held[n].System == system).ToList();
            (rankers[system], var scores) = FitRanker(rows.Select(n => held[n]).ToList());
            for (var k = 0; k < rows.Count; k++)
            {
                heldScores[rows[k]] = scores[k];
            }
        }

        var scored = held.Select((h, n) => (Raw: heldScores[n], h.Gold)).ToList();
        // Each system's model has its own calibration; the pooled one serves a system without (none after training).
        var calibration = Calibrate(scored);
        var (threshold, _) = BestThreshold(scored, calibration, missed.Values.Sum());
        var scoredBySystem = systems.ToDictionary(system => system, system => scored.Where((_, n) => held[n].System == system).ToList(), StringComparer.Ordinal);
        var calibrations = systems.ToDictionary(system => system, system => Calibrate(scoredBySystem[system]), StringComparer.Ordinal);
        var bySystem = systems.ToDictionary(
            system => system,
            system => BestThreshold(scoredBySystem[system], calibrations[system], missed.GetValueOrDefault(system)),
            StringComparer.Ordinal);
        var all = Unranked(documents, ngrams, mentionGrams, dictionaryCodes, Enumerable.Range(0, documents.Count).ToList());
        return new LearnedLexicon(all.Entries, all.DictionaryReliability, calibration, threshold) { Documents = all.Documents, Priors = all.Priors, Rankers = rankers, SystemCalibrations = calibrations.ToDictionary(c => c.Key, c => (IReadOnlyList<(double, double)>)c.Value, StringComparer.Ordinal), Candidates = candidates, SystemThresholds = bySystem.ToDictionary(b => b.Key, b => b.Value.Threshold, StringComparer.Ordinal),
            HeldOutF1 = bySystem.ToDictionary(b => b.Key, b => Math.Round(b.Value.F1, 4), StringComparer.Ordinal),
        };
    }

    /// <summary>A held-out candidate: its features, whether it was a gold code of its document, and that document's index.</summary>
    private sealed record HeldOut(string System, string Code, double[] Features, bool Gold, int Document);

    /// <summary>
    /// The ranking model on all of a system's held-out candidates, and each candidate's score from a model fitted
    /// without its document's fold (trees fit their own rows closely, so calibration and thresholds need such scores).
    /// Code reliability is a count over these same rows, so no row may see its own label in it: a training row takes it
    /// from the training rows of the other half of the documents (leave-one-out, or many small folds, would give a
    /// rare code's rows "all the code's rows but mine", from which trees read the row's own label), and a scored row
    /// from all training rows, as a new note takes it from all of train.
    /// </summary>
    private static (BoostedTrees Model, double[] HeldOutScores) FitRanker(List<HeldOut> rows)
    {
        var models = new BoostedTrees[RankerFolds + 1];
        var scores = new double[rows.Count];
        Parallel.For(0, RankerFolds + 1, fold =>
        {
            var train = rows.Where(r => fold == RankerFolds || r.Document % RankerFolds != fold).ToList();
            var halves = new[] { ReliabilityFrom(train.Where(r => r.Document % 2 == 0)), ReliabilityFrom(train.Where(r => r.Document % 2 == 1)) };
            models[fold] = BoostedTreesFitter.Fit(train.Select(r => WithReliability(r, halves[1 - (r.Document % 2)])).ToList(), train.Select(r => r.Gold).ToList());
            if (fold < RankerFolds)
            {
                var estimates = ReliabilityFrom(train);
                for (var n = 0; n < rows.Count; n++)
                {
                    if (rows[n].Document % RankerFolds == fold)
                    {
                        scores[n] = models[fold].Predict(WithReliability(rows[n], estimates));
                    }
                }
            }
        });
        return (models[RankerFolds], scores);
    }

    /// <summary>Per (system, code): candidates among the rows, and how many were gold.</summary>
    private static Dictionary<(string System, string Code), (int Gold, int Candidates)> Count(IEnumerable<HeldOut> rows) =>
        rows.GroupBy(h => (h.System, h.Code)).ToDictionary(g => g.Key, g => (Gold: g.Count(h => h.Gold), Candidates: g.Count()));

    private static LearnedLexicon ReliabilityFrom(IEnumerable<HeldOut> rows) =>
        new([], new Dictionary<string, (int, int)>(), [], 0) { Candidates = Count(rows) };

    /// <summary>The row's features with the code reliability the given rows estimate.</summary>
    private static double[] WithReliability(HeldOut row, LearnedLexicon estimates)
    {
        var x = (double[])row.Features.Clone();
        x[CandidateFeatures.CodeReliability] = estimates.CandidateReliability(row.System, row.Code);
        return x;
    }

    /// <summary>Lexicon, dictionary reliability and code priors of some training documents; no ranking model or calibration yet.</summary>
    private static LearnedLexicon Unranked(IReadOnlyList<TrainingDocument> documents, List<HashSet<string>> ngrams, List<List<(string Gram, string System, string Code)>> mentionGrams, List<HashSet<string>> dictionaryCodes, List<int> use) =>
        new(Entries(documents, ngrams, mentionGrams, use), Reliability(documents, dictionaryCodes, use), [], 0) { Documents = use.Count, Priors = Priors(documents, use) };

    /// <summary>Train documents per code, in the engine's form (upper case, no dot).</summary>
    private static Dictionary<(string System, string Code), int> Priors(IReadOnlyList<TrainingDocument> documents, List<int> use)
    {
        var priors = new Dictionary<(string, string), int>();
        foreach (var i in use)
        {
            foreach (var (system, codes) in new[] { (CodeSystems.Icd10Cm, documents[i].DiagnosisCodes), (CodeSystems.Icd10Pcs, documents[i].ProcedureCodes) })
            {
                foreach (var code in codes.Select(Icd10CmFormat.WithoutDot).Distinct(StringComparer.Ordinal))
                {
                    priors[(system, code)] = priors.GetValueOrDefault((system, code)) + 1;
                }
            }
        }

        return priors;
    }

    public static Encounter EncounterOf(string text, CareSetting setting = CareSetting.Inpatient) => new(
        new EncounterKey("codiesp", "train", "doc"), 1, setting, DateOfService, DateOfService,
        new Patient("P", new DateOnly(1970, 1, 1), AdministrativeSex.Unknown), "1234567893", "1234567893",
        new Coverage("none", "none"), [new ClinicalNote("case-report", "CodiEsp", new DateTimeOffset(DateOfService, TimeOnly.MinValue, TimeSpan.Zero), text)], []);

    private static string Display(Candidate c) => CoderModel.Display(c.System, c.Code);

    /// <summary>Distinct n-grams of a text, as space-joined normalised words.</summary>
    public static HashSet<string> NgramsOf(string text)
    {
        var note = NoteReader.Read(text);
        var result = new HashSet<string>(StringComparer.Ordinal);
        var window = new List<string>();
        foreach (var sentence in note.Sentences)
        {
            window.Clear();
            for (var t = sentence.FirstToken; t < sentence.EndToken; t++)
            {
                var word = note.Tokens[t].Word;
                if (WordForms.IsStopWord(word))
                {
                    continue;
                }

                window.Add(word);
                for (var n = 1; n <= MaxNgram && n <= window.Count; n++)
                {
                    var gram = window.GetRange(window.Count - n, n);
                    if (gram.All(w => w.Length <= 2 || w.All(char.IsDigit)))
                    {
                        continue;
                    }

                    result.Add(string.Join(' ', gram));
                }
            }
        }

        return result;
    }

    /// <summary>A document's aligned mentions that are one n-gram of the lexicon (their content words, normalised), with their codes.</summary>
    private static List<(string Gram, string System, string Code)> MentionGrams(TrainingDocument document) =>
        [.. document.Mentions.Select(m => (Gram: MentionGram(m.Phrase), m.System, m.Code)).Where(m => m.Gram is not null).Select(m => (m.Gram!, m.System, m.Code))];

    private static string? MentionGram(string phrase)
    {
        var note = NoteReader.Read(phrase);
        var words = note.Tokens.Select(t => t.Word).Where(w => w.Length > 0 && !WordForms.IsStopWord(w)).ToList();
        return words.Count is > 0 and <= MaxNgram ? string.Join(' ', words) : null;
    }

    private static List<LexiconEntry> Entries(IReadOnlyList<TrainingDocument> documents, List<HashSet<string>> ngrams, List<List<(string Gram, string System, string Code)>> mentionGrams, List<int> use)
    {
        var df = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var i in use)
        {
            foreach (var g in ngrams[i])
            {
                df[g] = df.GetValueOrDefault(g) + 1;
            }
        }

        // A gold mention found in the English text attests its n-gram for its code: kept from one document on.
        var attested = new Dictionary<(string Gram, string System, string Code), int>();
        foreach (var i in use)
        {
            foreach (var mention in mentionGrams[i])
            {
                if (ngrams[i].Contains(mention.Gram))
                {
                    attested[mention] = attested.GetValueOrDefault(mention) + 1;
                }
            }
        }

        var attestedGrams = attested.Keys.Select(a => a.Gram).ToHashSet(StringComparer.Ordinal);
        var support = new Dictionary<(string Gram, string System, string Code), int>();
        foreach (var i in use)
        {
            foreach (var g in ngrams[i])
            {
                if (df[g] < MinSupport && !attestedGrams.Contains(g))
                {
                    continue;
                }

                foreach (var code in documents[i].DiagnosisCodes)
                {
                    var key = (g, CodeSystems.Icd10Cm, code);
                    support[key] = support.GetValueOrDefault(key) + 1;
                }

                foreach (var code in documents[i].ProcedureCodes)
                {
                    var key = (g, CodeSystems.Icd10Pcs, code);
                    support[key] = support.GetValueOrDefault(key) + 1;
                }
            }
        }

        var codeDf = new Dictionary<(string System, string Code), int>();
        foreach (var i in use)
        {
            foreach (var code in documents[i].DiagnosisCodes)
            {
                codeDf[(CodeSystems.Icd10Cm, code)] = codeDf.GetValueOrDefault((CodeSystems.Icd10Cm, code)) + 1;
            }

            foreach (var code in documents[i].ProcedureCodes)
            {
                codeDf[(CodeSystems.Icd10Pcs, code)] = codeDf.GetValueOrDefault((CodeSystems.Icd10Pcs, code)) + 1;
            }
        }

        bool Lifted(string system, string code, double precision) => precision / ((double)codeDf[(system, code)] / use.Count) >= MinLift;

        return support
            .Where(s => s.Value / (df[s.Key.Gram] + LexiconEntry.PseudoCount) is var precision && Lifted(s.Key.System, s.Key.Code, precision)
                && (attested.ContainsKey(s.Key) || (s.Value >= MinSupport && precision >= MinPrecision)))
            .Select(s => new LexiconEntry(s.Key.Gram.Split(' '), s.Key.System, s.Key.Code, s.Value, df[s.Key.Gram], attested.GetValueOrDefault(s.Key)))
            .OrderBy(e => string.Join(' ', e.Words), StringComparer.Ordinal).ThenBy(e => e.System, StringComparer.Ordinal).ThenBy(e => e.Code, StringComparer.Ordinal)
            .ToList();
    }

    private static List<HashSet<string>> DictionaryCodes(IReadOnlyList<TrainingDocument> documents, ICodeSets codeSets)
    {
        var coder = new ClinicalCoder(codeSets, LearnedLexicon.Empty, CodingPurpose.Index);
        var model = coder.ModelFor(DateOfService);
        return documents.Select(d => coder.Score(model, EncounterOf(d.Text))
            .Where(c => c.DictionaryBest > 0)
            .Select(c => c.Code).ToHashSet(StringComparer.Ordinal)).ToList();
    }

    private static Dictionary<string, (int Gold, int Matched)> Reliability(IReadOnlyList<TrainingDocument> documents, List<HashSet<string>> dictionaryCodes, List<int> use)
    {
        var result = new Dictionary<string, (int Gold, int Matched)>(StringComparer.Ordinal);
        foreach (var i in use)
        {
            var gold = documents[i].DiagnosisCodes.Concat(documents[i].ProcedureCodes).Select(Icd10CmFormat.WithoutDot).ToHashSet(StringComparer.Ordinal);
            foreach (var code in dictionaryCodes[i])
            {
                var (g, m) = result.GetValueOrDefault(code);
                result[code] = (g + (gold.Contains(code) ? 1 : 0), m + 1);
            }
        }

        return result;
    }

    /// <summary>
    /// Raw score → precision: bins of equal width (1/Bins) so the high scores that decide auto-release get their own
    /// steps, a bin with fewer than MinBinCount rows merged into the one below, then made non-decreasing by pooling
    /// adjacent violators.
    /// </summary>
    private static List<(double From, double Precision)> Calibrate(List<(double Raw, bool Gold)> held)
    {
        var blocks = new List<(double From, double Sum, int Count)>();
        foreach (var bin in held.GroupBy(h => Math.Min(Bins - 1, (int)(h.Raw * Bins))).OrderBy(g => g.Key))
        {
            var block = (From: bin.Min(h => h.Raw), Sum: (double)bin.Count(h => h.Gold), Count: bin.Count());
            if (blocks.Count > 0 && (block.Count < MinBinCount || blocks[^1].Count < MinBinCount))
            {
                var below = blocks[^1];
                blocks[^1] = (below.From, below.Sum + block.Sum, below.Count + block.Count);
            }
            else
            {
                blocks.Add(block);
            }
        }

        var pooled = new List<(double From, double Sum, int Count)>();
        foreach (var block in blocks)
        {
            pooled.Add(block);
            while (pooled.Count > 1 && pooled[^1].Sum / pooled[^1].Count < pooled[^2].Sum / pooled[^2].Count)
            {
                var last = pooled[^1];
                var before = pooled[^2];
                pooled.RemoveRange(pooled.Count - 2, 2);
                pooled.Add((before.From, before.Sum + last.Sum, before.Count + last.Count));
            }
        }

        return pooled.Select(p => (Math.Round(p.From, 3), Math.Round(p.Sum / p.Count, 3))).ToList();
    }

    /// <summary>
    /// The emit threshold: half the best held-out micro-F1. With calibrated confidences a code is worth emitting when
    /// its chance of being right is at least F1*/2 (Lipton et al., 2014, "Thresholding classifiers to maximize F1");
    /// the argmax of the held-out F1 curve itself is flat near the top and jumps between calibration bins from one
    /// rebuild to the next (ICD-10-PCS 0.28 → 0.38 for a change that moved its best F1 by 0.002). Returns the
    /// threshold and the held-out F1 at it.
    /// </summary>
    private static (double Threshold, double F1) BestThreshold(List<(double Raw, bool Gold)> held, List<(double From, double Precision)> calibration, int missed)
    {
        var lexicon = new LearnedLexicon([], new Dictionary<string, (int, int)>(), calibration, 0);
        var scored = held.Select(h => (Confidence: lexicon.Calibrate(h.Raw), h.Gold)).ToList();
        var totalGold = scored.Count(s => s.Gold) + missed;
        double F1At(double threshold)
        {
            var emitted = scored.Count(s => s.Confidence >= threshold);
            var correct = scored.Count(s => s.Confidence >= threshold && s.Gold);
            return emitted == 0 ? 0 : 2.0 * correct / (emitted + totalGold);
        }

        var best = scored.Select(s => s.Confidence).Distinct().Max(F1At);
        var threshold = Math.Round(best / 2, 3);
        return (threshold, F1At(threshold));
    }
}
