using MedCoder.Contracts.Coding;
using MedCoder.Contracts.Compliance;

namespace MedCoder.ComplianceEdit.Worklist;

/// <summary>
/// Whether a suggestion needs a coder (docs/architecture.md#worklist-and-audit): the engine routed it to review, or an edit
/// found a warning. Errors are not held: they stop the encounter (EncounterFailed) as before.
/// </summary>
public static class HoldPolicy
{
    /// <summary>The reason a warning adds to the route's reasons.</summary>
    public const string EditWarning = "edit-warning";

    /// <summary>Why the item waits for a coder; empty when it may be released without one. A missing route (an older producer) is auto-release.</summary>
    public static IReadOnlyList<string> Reasons(CodingRoute? route, IReadOnlyList<EditFinding> findings)
    {
        var reasons = new List<string>();
        if (route is { AutoRelease: false })
        {
            reasons.AddRange(route.Reasons.Count > 0 ? route.Reasons : ["review"]);
        }

        if (findings.Any(f => f.Severity == EditSeverity.Warning))
        {
            reasons.Add(EditWarning);
        }

        return reasons.Distinct(StringComparer.Ordinal).ToList();
    }
}
