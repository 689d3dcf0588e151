using System.Globalization;
using MedCoder.Coding.Training.Evaluation;
using MedCoder.Contracts.Coding;

namespace MedCoder.Cli.Coding;

/// <summary>
/// The <c>medcoder code</c> output: <c>document, system, code, confidence, spans</c> tab-separated, no
/// header. Spans are <c>start-end[;start-end]</c>, character offsets into the note's text.
/// Reading also accepts CodiEsp's two-column <c>document, code</c> (rank order = file order).
/// </summary>
public static class PredictionTsv
{
    public static string Row(string document, SuggestedCode code) =>
        string.Join('\t',
            document,
            code.System,
            code.Code,
            code.Confidence.ToString("F3", CultureInfo.InvariantCulture),
            string.Join(';', code.Evidence.Select(e => string.Create(CultureInfo.InvariantCulture, $"{e.Start}-{e.End}"))));

    /// <summary>The predictions of one code system per document, best first (confidence, highest first; file order among equals).</summary>
    /// <exception cref="InvalidDataException">A malformed line; the message is <c>path:line: reason</c>.</exception>
    public static IReadOnlyDictionary<string, IReadOnlyList<RankedCode>> Read(string path, string system)
    {
        var byDocument = new Dictionary<string, List<RankedCode>>(StringComparer.Ordinal);
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (line.Trim().Length == 0)
            {
                continue;
            }

            var fields = line.Split('\t');
            var (document, rowSystem, code, confidence) = fields.Length switch
            {
                5 => (fields[0], fields[1], fields[2], ParseConfidence(fields[3], path, lineNumber)),
                2 => (fields[0], system, fields[1], (double?)null),
                _ => throw new InvalidDataException($"{path}:{lineNumber}: expected 5 tab-separated fields (document, system, code, confidence, spans) or 2 (document, code), found {fields.Length}"),
            };
            if (document.Trim().Length == 0 || code.Trim().Length == 0)
            {
                throw new InvalidDataException($"{path}:{lineNumber}: empty document or code");
            }

            if (string.Equals(rowSystem, system, StringComparison.OrdinalIgnoreCase))
            {
                var ranked = byDocument.TryGetValue(document.Trim(), out var list) ? list : byDocument[document.Trim()] = [];
                ranked.Add(new RankedCode(code.Trim(), confidence));
            }
        }

        // OrderByDescending is stable: rows of equal (or no) confidence keep their file order.
        return byDocument.ToDictionary(
            d => d.Key,
            IReadOnlyList<RankedCode> (d) => d.Value.OrderByDescending(r => r.Confidence ?? double.NegativeInfinity).ToList(),
            StringComparer.Ordinal);
    }

    private static double ParseConfidence(string text, string path, int lineNumber) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value is >= 0 and <= 1
            ? value
            : throw new InvalidDataException($"{path}:{lineNumber}: confidence '{text}' is not a number between 0 and 1");
}
