namespace MedCoder.Coding.Training.Evaluation;

/// <summary>
/// Scores over the evaluated documents. Counts are of distinct (document, code) pairs.
/// <see cref="IgnoredPredictions"/> are the predictions for documents outside the evaluated set.
/// </summary>
public sealed record CodiEspScores(
    int Documents,
    int GoldCodes,
    int PredictedCodes,
    int TruePositives,
    double Precision,
    double Recall,
    double F1,
    double MeanAveragePrecision,
    IReadOnlyList<ReliabilityBin> Reliability,
    int IgnoredPredictions);

/// <summary>
/// Predictions whose confidence lies in [From, To) — the last bin includes 1.0 — and how many were
/// right: a calibrated engine's observed precision is close to its mean confidence in every bin.
/// </summary>
public sealed record ReliabilityBin(double From, double To, int Predictions, int Correct, double? MeanConfidence)
{
    public double? ObservedPrecision => Predictions == 0 ? null : (double)Correct / Predictions;
}
