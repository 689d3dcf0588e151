namespace MedCoder.Contracts.Coding;

/// <summary>
/// Where coded work goes: released to the claim without a coder (every code at or above
/// <paramref name="MinConfidence"/>, no open query, nothing incomplete), or to the coder worklist, with the reasons
/// (codes and query topics only: no note text).
/// </summary>
public sealed record CodingRoute(bool AutoRelease, double MinConfidence, IReadOnlyList<string> Reasons)
{
    public const string NoCodes = "no-codes";
    public const string LowConfidence = "low-confidence";
    public const string OpenQuery = "open-query";
    public const string Incomplete = "incomplete-code";
}
