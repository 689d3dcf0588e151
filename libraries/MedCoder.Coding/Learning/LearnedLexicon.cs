using System.Globalization;
using System.Reflection;
using MedCoder.Coding.Collections;
using MedCoder.Coding.Rules;
using MedCoder.Contracts.Coding;

namespace MedCoder.Coding.Learning;

/// <summary>An n-gram of content words seen in training documents and a gold code of those documents.</summary>
/// <param name="Attested">Documents where the n-gram is the code's own gold mention (found by MentionAligner in MedCoder.Coding.Training), not just in the same text.</param>
public sealed record LexiconEntry(string[] Words, string System, string Code, int Support, int DocumentFrequency, int Attested = 0)
{
    /// <summary>Documents added against every n-gram: rare n-grams (seen in 3 documents) cannot look certain.</summary>
    public const double PseudoCount = 2.0;

    /// <summary>P(code | n-gram), smoothed.</summary>
    public double Precision => Support / (DocumentFrequency + PseudoCount);

    /// <summary>P(the n-gram is the code's gold mention | n-gram), smoothed like <see cref="Precision"/>.</summary>
    public double AttestedPrecision => Attested / (DocumentFrequency + PseudoCount);
}

/// <summary>
/// What the engine learned from CodiEsp train (see Learning/README.md): n-gram → code pairs, how often each
/// dictionary code was right, and the raw-score → precision calibration with the emit threshold.
/// Stored as a TSV embedded in the assembly; parsed once at construction.
/// </summary>
public sealed class LearnedLexicon
{
    public const string ResourceName = "MedCoder.Coding.Learning.codiesp-lexicon.tsv";

    public LearnedLexicon(IReadOnlyList<LexiconEntry> entries, IReadOnlyDictionary<string, (int Gold, int Matched)> dictionaryReliability, IReadOnlyList<(double From, double Precision)> calibration, double threshold)
    {
        Entries = entries;
        DictionaryReliability = dictionaryReliability;
        Calibration = calibration;
        Threshold = threshold;
    }

    public static LearnedLexicon Empty { get; } = new([], new Dictionary<string, (int, int)>(), [], 0.3);

    public IReadOnlyList<LexiconEntry> Entries { get; }

    /// <summary>Per ICD-10-CM code (upper case, no dot): documents where the dictionary found it, and where it was gold.</summary>
    public IReadOnlyDictionary<string, (int Gold, int Matched)> DictionaryReliability { get; }

    /// <summary>Ascending raw-score bins and the precision observed in each (held-out folds of train).</summary>
    public IReadOnlyList<(double From, double Precision)> Calibration { get; }

    /// <summary>Per code system, its ranking model's raw score → precision; <see cref="Calibration"/> for a system without one.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<(double From, double Precision)>> SystemCalibrations { get; init; } = new Dictionary<string, IReadOnlyList<(double, double)>>(StringComparer.Ordinal);

    /// <summary>Calibrated confidence below which a code is not suggested.</summary>
    public double Threshold { get; }

    /// <summary>Emit thresholds per code system (best held-out F1 of each); <see cref="Threshold"/> for a system without one.</summary>
    public IReadOnlyDictionary<string, double> SystemThresholds { get; init; } = new Dictionary<string, double>(StringComparer.Ordinal);

    /// <summary>Micro-F1 per system on the held-out folds of train at its threshold: how the model was chosen (dev is never read).</summary>
    public IReadOnlyDictionary<string, double> HeldOutF1 { get; init; } = new Dictionary<string, double>(StringComparer.Ordinal);

    public double ThresholdFor(string system) => SystemThresholds.GetValueOrDefault(system, Threshold);

    /// <summary>
    /// Per (system, engine code): held-out train documents where the engine proposed the code, and how many had it as
    /// gold — how far this code's candidates can be trusted, whatever evidence raised them.
    /// </summary>
    public IReadOnlyDictionary<(string System, string Code), (int Gold, int Candidates)> Candidates { get; init; } = new Dictionary<(string, string), (int, int)>();

    /// <summary>Smoothed share of a code's candidates that were gold; the system's overall share for a code never proposed.</summary>
    public double CandidateReliability(string system, string code)
    {
        var (gold, candidates) = Candidates.GetValueOrDefault((system, code));
        var mean = MeanCandidateReliability(system);
        return (gold + (2 * mean)) / (candidates + 2.0);
    }

    private double MeanCandidateReliability(string system)
    {
        // Computed once: the lexicon is immutable after construction, and this runs for every candidate of every note.
        _meanReliability ??= Candidates.GroupBy(c => c.Key.System, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (double)g.Sum(c => c.Value.Gold) / Math.Max(1, g.Sum(c => c.Value.Candidates)), StringComparer.Ordinal);
        return _meanReliability.GetValueOrDefault(system, 0.1);
    }

    private Dictionary<string, double>? _meanReliability;

    /// <summary>Training documents the priors count over.</summary>
    public int Documents { get; init; }

    /// <summary>Per (system, code as the engine writes it: upper case, no dot): train documents with it as gold.</summary>
    public IReadOnlyDictionary<(string System, string Code), int> Priors { get; init; } = new Dictionary<(string, string), int>();

    /// <summary>Ranking model per system over <see cref="CandidateFeatures.Names"/>; empty before training.</summary>
    public IReadOnlyDictionary<string, BoostedTrees> Rankers { get; init; } = new Dictionary<string, BoostedTrees>(StringComparer.Ordinal);

    /// <summary>log P(code) in train, smoothed so unseen codes are rare but possible.</summary>
    public double LogPrior(string system, string code) => Math.Log((Priors.GetValueOrDefault((system, code)) + 0.5) / (Documents + 1.0));

    /// <summary>The ranking model's probability that the candidate is right, or null when no model was trained.</summary>
    public double? Rank(Candidate candidate)
    {
        if (!Rankers.TryGetValue(candidate.System, out var ranker))
        {
            return null;
        }

        Span<double> x = stackalloc double[CandidateFeatures.Count];
        CandidateFeatures.Fill(candidate, this, x);
        return ranker.Predict(x);
    }

    public double Calibrate(double raw, string? system = null)
    {
        var calibration = system is not null && SystemCalibrations.TryGetValue(system, out var own) ? own : Calibration;
        if (calibration.Count == 0)
        {
            return Math.Clamp(raw, 0, 1);
        }

        // Indexed, not foreach: an interface enumerator would be allocated for every candidate of every note.
        var precision = calibration[0].Precision;
        for (var i = 1; i < calibration.Count && raw >= calibration[i].From; i++)
        {
            precision = calibration[i].Precision;
        }

        return Math.Round(Math.Clamp(precision, 0, 1), 3);
    }

    public static LearnedLexicon Embedded()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName);
        if (stream is null)
        {
            return Empty;
        }

        using var reader = new StreamReader(stream);
        return Read(reader);
    }

    public static LearnedLexicon Read(TextReader reader)
    {
        var entries = new List<LexiconEntry>();
        var reliability = new Dictionary<string, (int, int)>(StringComparer.Ordinal);
        var calibration = new List<(double, double)>();
        var threshold = 0.3;
        var documents = 0;
        var priors = new Dictionary<(string, string), int>();
        var biases = new Dictionary<string, double>(StringComparer.Ordinal);
        var trees = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var features = string.Empty;
        var thresholds = new Dictionary<string, double>(StringComparer.Ordinal);
        var heldOut = new Dictionary<string, double>(StringComparer.Ordinal);
        var candidates = new Dictionary<(string, string), (int, int)>();
        var calibrations = new Dictionary<string, List<(double, double)>>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var f = line.Split('\t');
            switch (f[0])
            {
                case "@dict":
                    reliability[f[1]] = (Int(f[2]), Int(f[3]));
                    break;
                case "@calibration":
                    calibration.Add((Double(f[1]), Double(f[2])));
                    break;
                case "@system-calibration":
                    calibrations.ListFor(SystemOf(f[1])).Add((Double(f[2]), Double(f[3])));
                    break;
                case "@threshold":
                    threshold = Double(f[1]);
                    break;
                case "@system-threshold":
                    thresholds[SystemOf(f[1])] = Double(f[2]);
                    heldOut[SystemOf(f[1])] = Double(f[3]);
                    break;
                case "@candidate":
                    candidates[(SystemOf(f[1]), f[2])] = (Int(f[3]), Int(f[4]));
                    break;
                case "@documents":
                    documents = Int(f[1]);
                    break;
                case "@prior":
                    priors[(SystemOf(f[1]), f[2])] = Int(f[3]);
                    break;
                case "@features":
                    features = f[1];
                    break;
                case "@bias":
                    biases[SystemOf(f[1])] = ExactNumber.Parse(f[2]);
                    break;
                case "@tree":
                    trees.ListFor(SystemOf(f[1])).Add(f[2]);
                    break;
                case "@weights":
                    throw new InvalidDataException("lexicon holds the logistic ranking model of an older build; rebuild it with 'medcoder codiesp train'");
                case ['@', ..]:
                    break; // rows a later build added: not read by this one
                default:
                    entries.Add(new LexiconEntry(f[0].Split(' '), SystemOf(f[1]), f[2], Int(f[3]), Int(f[4]), f.Length > 5 ? Int(f[5]) : 0));
                    break;
            }
        }

        // Trees split on features by position: a model over another feature list would rank on the wrong numbers, and
        // its calibration and thresholds belong to it, so such a lexicon is refused rather than half used.
        if (biases.Count > 0 && features != string.Join(' ', CandidateFeatures.Names))
        {
            throw new InvalidDataException($"lexicon ranking model was trained on other features ({features}); rebuild it with 'medcoder codiesp train'");
        }

        var rankers = biases.ToDictionary(b => b.Key, b => BoostedTrees.ReadTrees(b.Value, trees.GetValueOrDefault(b.Key) ?? []), StringComparer.Ordinal);
        return new LearnedLexicon(entries, reliability, calibration, threshold) { Documents = documents, Priors = priors, Rankers = rankers, SystemCalibrations = calibrations.ToDictionary(c => c.Key, c => (IReadOnlyList<(double, double)>)c.Value, StringComparer.Ordinal), SystemThresholds = thresholds, HeldOutF1 = heldOut, Candidates = candidates };
    }

    public void Write(TextWriter writer)
    {
        writer.Write("# MedCoder learned lexicon: built from CodiEsp train only by LexiconTrainer (see libraries/MedCoder.Coding/Learning/README.md).\n");
        writer.Write("# ngram\tsystem(D=ICD-10-CM,P=ICD-10-PCS)\tcode\tsupport(docs with ngram and code)\tdf(docs with ngram)\tattested(docs where it is the code's gold mention)\n");
        writer.Write(string.Create(CultureInfo.InvariantCulture, $"@threshold\t{Threshold:0.###}\n"));
        foreach (var (system, threshold) in SystemThresholds.OrderBy(t => t.Key, StringComparer.Ordinal))
        {
            writer.Write(string.Create(CultureInfo.InvariantCulture, $"@system-threshold\t{Letter(system)}\t{threshold:0.###}\t{HeldOutF1.GetValueOrDefault(system):0.####}\n"));
        }

        writer.Write(string.Create(CultureInfo.InvariantCulture, $"@documents\t{Documents}\n"));
        writer.Write($"# ranking model per system: @bias (log-odds) and one @tree per line (nodes in order: a leaf's value, or feature:threshold:left:right with x <= threshold going left) over these features\n");
        writer.Write($"@features\t{string.Join(' ', CandidateFeatures.Names)}\n");
        foreach (var (system, ranker) in Rankers.OrderBy(w => w.Key, StringComparer.Ordinal))
        {
            writer.Write($"@bias\t{Letter(system)}\t{ExactNumber.Format(ranker.Bias)}\n");
            foreach (var tree in ranker.WriteTrees())
            {
                writer.Write($"@tree\t{Letter(system)}\t{tree}\n");
            }
        }

        foreach (var ((system, code), (gold, proposed)) in Candidates.OrderBy(p => p.Key.System, StringComparer.Ordinal).ThenBy(p => p.Key.Code, StringComparer.Ordinal))
        {
            writer.Write(string.Create(CultureInfo.InvariantCulture, $"@candidate\t{Letter(system)}\t{code}\t{gold}\t{proposed}\n"));
        }

        foreach (var ((system, code), count) in Priors.OrderBy(p => p.Key.System, StringComparer.Ordinal).ThenBy(p => p.Key.Code, StringComparer.Ordinal))
        {
            writer.Write(string.Create(CultureInfo.InvariantCulture, $"@prior\t{Letter(system)}\t{code}\t{count}\n"));
        }

        foreach (var (from, precision) in Calibration)
        {
            writer.Write(string.Create(CultureInfo.InvariantCulture, $"@calibration\t{from:0.###}\t{precision:0.###}\n"));
        }

        foreach (var (system, calibration) in SystemCalibrations.OrderBy(c => c.Key, StringComparer.Ordinal))
        {
            foreach (var (from, precision) in calibration)
            {
                writer.Write(string.Create(CultureInfo.InvariantCulture, $"@system-calibration\t{Letter(system)}\t{from:0.###}\t{precision:0.###}\n"));
            }
        }

        foreach (var (code, (gold, matched)) in DictionaryReliability.OrderBy(r => r.Key, StringComparer.Ordinal))
        {
            writer.Write(string.Create(CultureInfo.InvariantCulture, $"@dict\t{code}\t{gold}\t{matched}\n"));
        }

        foreach (var e in Entries)
        {
            writer.Write(string.Create(CultureInfo.InvariantCulture, $"{string.Join(' ', e.Words)}\t{Letter(e.System)}\t{e.Code}\t{e.Support}\t{e.DocumentFrequency}\t{e.Attested}\n"));
        }
    }

    private static string SystemOf(string letter) => letter == "P" ? CodeSystems.Icd10Pcs : CodeSystems.Icd10Cm;

    private static string Letter(string system) => system == CodeSystems.Icd10Pcs ? "P" : "D";

    private static int Int(string s) => int.Parse(s, CultureInfo.InvariantCulture);

    private static double Double(string s) => ExactNumber.Parse(s);
}
