using System.Globalization;
using MedCoder.Coding.Training.Evaluation;

namespace MedCoder.Cli.Coding;

/// <summary>Scores as plain aligned text: easy to read, diff and grep.</summary>
public static class EvaluationReport
{
    public static void Write(TextWriter writer, CodiEspScores scores, string system, string goldPath, string predictionPath)
    {
        var lines = new List<string>
        {
            $"{system}: {predictionPath} against {goldPath}",
            Line("documents", scores.Documents),
            Line("gold codes", scores.GoldCodes),
            Line("predicted codes", scores.PredictedCodes),
            Line("true positives", scores.TruePositives),
            Line("precision", scores.Precision),
            Line("recall", scores.Recall),
            Line("micro-F1", scores.F1),
            Line("MAP", scores.MeanAveragePrecision),
        };
        if (scores.IgnoredPredictions > 0)
        {
            lines.Add($"({scores.IgnoredPredictions} predicted codes of documents not in the gold file were ignored)");
        }

        lines.Add("");
        lines.Add("reliability: confidence  predictions  mean confidence  observed precision");
        foreach (var bin in scores.Reliability)
        {
            var range = string.Create(CultureInfo.InvariantCulture, $"[{bin.From:F1}, {bin.To:F1}{(bin.To >= 1 ? "]" : ")")}");
            lines.Add(string.Create(CultureInfo.InvariantCulture,
                $"             {range,-10}  {bin.Predictions,11}  {Figure(bin.MeanConfidence),15}  {Figure(bin.ObservedPrecision),17}"));
        }

        foreach (var line in lines)
        {
            writer.Write(line + "\n");
        }
    }

    /// <summary>The auto-released documents alone: how many, and how right their codes were.</summary>
    public static void WriteReleased(TextWriter writer, CodiEspScores released, int documents)
    {
        writer.Write(string.Create(CultureInfo.InvariantCulture,
            $"\nauto-released    {released.Documents} of {documents} documents ({100.0 * released.Documents / Math.Max(documents, 1):F1}%)\n"));
        writer.Write(string.Create(CultureInfo.InvariantCulture,
            $"  their codes    precision {Figure(released.Precision)} ({released.TruePositives} of {released.PredictedCodes}), recall {Figure(released.Recall)}\n"));
    }

    private static string Line(string name, int count) => string.Create(CultureInfo.InvariantCulture, $"{name,-16} {count}");

    private static string Line(string name, double figure) => $"{name,-16} {Figure(figure)}";

    private static string Figure(double? value) => value is { } v ? v.ToString("F4", CultureInfo.InvariantCulture) : "-";
}
