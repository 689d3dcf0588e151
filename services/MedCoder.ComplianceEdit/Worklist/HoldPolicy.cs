using MedCoder.Contracts.Coding;
using MedCoder.Contracts.Compliance;

namespace MedCoder.ComplianceEdit.Worklist;

/// <summary>
/// Whether a suggestion needs a coder (docs/architecture.md#worklist-and-audit): the engine routed it to review, or an edit
/// found an error or a warning. An error blocks release until a coder fixes the codes or returns the encounter to the provider.
/// </summary>
public static class HoldPolicy
{
    /// <summary>The reason a warning adds to the route's reasons.</summary>
    public const string EditWarning = "edit-warning";

    /// <summary>The reason an error adds: the coding cannot be released as it stands.</summary>
    public const string EditError = "edit-error";

    /// <summary>Why the item waits for a coder; empty when it may be released without one. A missing route (an older producer) is auto-release.</summary>
    public static IReadOnlyList<string> Reasons(CodingRoute? route, IReadOnlyList<EditFinding> findings)
    {
        var reasons = new List<string>();
        if (route is { AutoRelease: false })
        {
            reasons.AddRange(route.Reasons.Count > 0 ? route.Reasons : ["review"]);
        }

        if (findings.Any(f => f.Severity == EditSeverity.Error))
        {
            reasons.Add(EditError);
        }

        if (findings.Any(f => f.Severity == EditSeverity.Warning))
        {
            reasons.Add(EditWarning);
        }

        return reasons.Distinct(StringComparer.Ordinal).ToList();
    }
}
