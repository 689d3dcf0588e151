using System.Globalization;
using System.Text;
using MedCoder.Contracts.Coding;

namespace MedCoder.Cli.Coding;

/// <summary>The routing of coded notes: a summary line, and optionally a file of routes that <c>eval --routing</c> reads.</summary>
public static class RoutingReport
{
    public const string AutoRelease = "auto-release";
    public const string CoderReview = "coder-review";

    public static void Write(IReadOnlyList<CodedNote> coded, double threshold, string? path, TextWriter summary)
    {
        var released = coded.Count(c => c.Route.AutoRelease);
        var reasons = coded.SelectMany(c => c.Route.Reasons.Select(r => r.Split(':')[0]).Distinct())
            .GroupBy(r => r).OrderByDescending(g => g.Count()).Select(g => $"{g.Key} {g.Count()}");
        summary.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"routing (auto-release at confidence ≥ {threshold:0.##}): {released} of {coded.Count} auto-released ({100.0 * released / Math.Max(coded.Count, 1):F1}%); coder worklist reasons: {string.Join(", ", reasons)}"));
        if (path is null)
        {
            return;
        }

        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        foreach (var note in coded)
        {
            writer.Write($"{note.Document}\t{(note.Route.AutoRelease ? AutoRelease : CoderReview)}\t{string.Join(';', note.Route.Reasons)}\n");
        }
    }

    /// <summary>The documents a routing file marks auto-released.</summary>
    /// <exception cref="InvalidDataException">A line is not document, route, reasons.</exception>
    public static HashSet<string> ReadReleased(string path)
    {
        var released = new HashSet<string>(StringComparer.Ordinal);
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            var fields = line.Split('\t');
            if (fields.Length != 3 || fields[1] is not (AutoRelease or CoderReview))
            {
                throw new InvalidDataException($"{path}:{number}: expected document<TAB>{AutoRelease}|{CoderReview}<TAB>reasons");
            }

            if (fields[1] == AutoRelease)
            {
                released.Add(fields[0]);
            }
        }

        return released;
    }
}
