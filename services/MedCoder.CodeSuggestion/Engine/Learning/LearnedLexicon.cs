using System.Globalization;
using System.Reflection;
using MedCoder.Contracts.Coding;

namespace MedCoder.CodeSuggestion.Engine.Learning;

/// <summary>An n-gram of content words seen in training documents and a gold code of those documents.</summary>
public sealed record LexiconEntry(string[] Words, string System, string Code, int Support, int DocumentFrequency)
{
    /// <summary>Documents added against every n-gram: rare n-grams (seen in 3 documents) cannot look certain.</summary>
    public const double PseudoCount = 2.0;

    /// <summary>P(code | n-gram), smoothed.</summary>
    public double Precision => Support / (DocumentFrequency + PseudoCount);
}

/// <summary>
/// What the engine learned from CodiEsp train (see Learning/README.md): n-gram → code pairs, how often each
/// dictionary code was right, and the raw-score → precision calibration with the emit threshold.
/// Stored as a TSV embedded in the assembly; parsed once at construction.
/// </summary>
public sealed class LearnedLexicon
{
    public const string ResourceName = "MedCoder.CodeSuggestion.Engine.Learning.codiesp-lexicon.tsv";

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

    /// <summary>Calibrated confidence below which a code is not suggested.</summary>
    public double Threshold { get; }

    public double Calibrate(double raw)
    {
        if (Calibration.Count == 0)
        {
            return Math.Clamp(raw, 0, 1);
        }

        var precision = Calibration[0].Precision;
        foreach (var (from, p) in Calibration)
        {
            if (raw >= from)
            {
                precision = p;
            }
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
                case "@threshold":
                    threshold = Double(f[1]);
                    break;
                default:
                    entries.Add(new LexiconEntry(f[0].Split(' '), f[1] == "P" ? CodeSystems.Icd10Pcs : CodeSystems.Icd10Cm, f[2], Int(f[3]), Int(f[4])));
                    break;
            }
        }

        return new LearnedLexicon(entries, reliability, calibration, threshold);
    }

    public void Write(TextWriter writer)
    {
        writer.Write("# MedCoder learned lexicon: built from CodiEsp train only by LexiconTrainer (see Engine/Learning/README.md).\n");
        writer.Write("# ngram\tsystem(D=ICD-10-CM,P=ICD-10-PCS)\tcode\tsupport(docs with ngram and code)\tdf(docs with ngram)\n");
        writer.Write(string.Create(CultureInfo.InvariantCulture, $"@threshold\t{Threshold:0.###}\n"));
        foreach (var (from, precision) in Calibration)
        {
            writer.Write(string.Create(CultureInfo.InvariantCulture, $"@calibration\t{from:0.###}\t{precision:0.###}\n"));
        }

        foreach (var (code, (gold, matched)) in DictionaryReliability.OrderBy(r => r.Key, StringComparer.Ordinal))
        {
            writer.Write(string.Create(CultureInfo.InvariantCulture, $"@dict\t{code}\t{gold}\t{matched}\n"));
        }

        foreach (var e in Entries)
        {
            var system = e.System == CodeSystems.Icd10Pcs ? "P" : "D";
            writer.Write(string.Create(CultureInfo.InvariantCulture, $"{string.Join(' ', e.Words)}\t{system}\t{e.Code}\t{e.Support}\t{e.DocumentFrequency}\n"));
        }
    }

    private static int Int(string s) => int.Parse(s, CultureInfo.InvariantCulture);

    private static double Double(string s) => double.Parse(s, CultureInfo.InvariantCulture);
}
