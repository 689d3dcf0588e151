using MedCoder.Contracts.Coding;

namespace MedCoder.Coding.Routing;

/// <summary>
/// Decides whether coded work may go to the claim without a coder. Autonomous coding is only worth it when
/// it is right (the industry bar is ≥ 95% precision), so one doubtful element sends the whole encounter to the
/// worklist: a code under the threshold, a code whose evidence is not a direct statement of the final diagnostic
/// statement (assessment, impression, discharge or postoperative diagnosis), a line of that statement no code covers, an
/// open physician query, an incomplete code (a partial PCS code), or no code at all.
/// </summary>
public static class ReleaseRouter
{
    /// <summary>Default threshold: on CodiEsp dev, codes at or above it were right 9 times in 10 or more (see the README).</summary>
    public const double DefaultMinConfidence = 0.9;

    /// <summary>Reason prefix for a code whose only evidence is outside the final diagnostic statement (the narrative, the past history, a status phrase).</summary>
    public const string NotStated = "not-stated";

    /// <summary>Reason prefix for a line of the final diagnostic statement that no suggested code covers: the engine did not understand all of it.</summary>
    public const string UncodedStatement = "uncoded-statement";

    /// <param name="notStated">Codes (as in <paramref name="codes"/>) with no direct statement in the final diagnostic statement.</param>
    /// <param name="uncodedStatements">Lines of the final diagnostic statement no code's evidence falls in.</param>
    public static CodingRoute Route(IReadOnlyList<SuggestedCode> codes, IReadOnlyList<PhysicianQuery> queries, double minConfidence, IReadOnlyCollection<string>? notStated = null, int uncodedStatements = 0)
    {
        var reasons = new List<string>();
        if (uncodedStatements > 0)
        {
            reasons.Add($"{UncodedStatement}:{uncodedStatements}");
        }

        if (codes.Count == 0)
        {
            reasons.Add(CodingRoute.NoCodes);
        }

        foreach (var code in codes)
        {
            if (code.Confidence < minConfidence)
            {
                reasons.Add($"{CodingRoute.LowConfidence}:{code.Code}");
            }

            if (code.System == CodeSystems.Icd10Pcs && code.Code.Length != 7)
            {
                reasons.Add($"{CodingRoute.Incomplete}:{code.Code}");
            }
        }

        foreach (var code in notStated ?? [])
        {
            reasons.Add($"{NotStated}:{code}");
        }

        foreach (var query in queries)
        {
            reasons.Add($"{CodingRoute.OpenQuery}:{query.Topic}");
        }

        return new CodingRoute(reasons.Count == 0, minConfidence, reasons);
    }
}
