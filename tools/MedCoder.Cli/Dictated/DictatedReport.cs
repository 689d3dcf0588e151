using System.Globalization;
using MedCoder.Cli.Coding;
using MedCoder.Contracts.Coding;

namespace MedCoder.Cli.Dictated;

/// <summary>The dictated-note figures as plain text: the <c>medcoder eval</c> block (with its reliability table), then what real notes add.</summary>
public static class DictatedReport
{
    public static void Write(TextWriter writer, string selection, IReadOnlyList<DictatedCoding> coded, DictatedScores scores)
    {
        var kinds = string.Join(", ", coded.GroupBy(c => c.Note.Kind).Select(g => $"{g.Key} {g.Count()}"));
        var settings = string.Join(", ", coded.GroupBy(c => c.Note.Setting).Select(g => $"{g.Key.ToString().ToLowerInvariant()} {g.Count()}"));
        writer.Write($"dictated notes ({selection}): {coded.Count} notes; {kinds}; {settings}\n\n");
        EvaluationReport.Write(writer, scores.Exact, CodeSystems.Icd10Cm, "the notes' gold", "the engine, claim purpose");

        var (high, highRight) = scores.HighConfidence;
        writer.Write("\n");
        writer.Write(Invariant($"category (3 chars)   precision {scores.Categories.Precision:F4}  recall {scores.Categories.Recall:F4}  ({scores.Categories.TruePositives} of {scores.Categories.PredictedCodes} predicted, {scores.Categories.GoldCodes} gold)\n"));
        writer.Write(Invariant($"first-listed right   {scores.FirstListed.Right} of {scores.FirstListed.Documents} ({100 * scores.FirstListed.Share:F1}%)\n"));
        writer.Write(Invariant($"confidence >= 0.9    {highRight} of {high} right ({(high == 0 ? "-" : ((double)highRight / high).ToString("F4", CultureInfo.InvariantCulture))})\n"));
        writer.Write(Invariant($"ICD-10-PCS on non-inpatient notes  {scores.ProceduresOutsideInpatient}\n"));
        EvaluationReport.WriteReleased(writer, scores.Released, coded.Count);

        if (scores.Procedures is { } procedures)
        {
            writer.Write("\n");
            EvaluationReport.Write(writer, procedures, CodeSystems.Icd10Pcs, "the notes' gold", "the engine, claim purpose");
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
