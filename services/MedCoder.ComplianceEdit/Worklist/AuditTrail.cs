using MedCoder.Contracts.Coding;
using MedCoder.Contracts.Compliance;

namespace MedCoder.ComplianceEdit.Worklist;

/// <summary>Builds audit entries from codes, findings and routes: codes and ids only.</summary>
public static class AuditTrail
{
    public const string Engine = "code-suggestion";
    public const string Edits = "compliance-edit";
    public const string Claims = "claim-assembly";

    public static string Name(SuggestedCode code) => $"{code.System} {code.Code}";

    /// <summary>The code system of a <see cref="Name"/> ("ICD-10-CM E11.9" → "ICD-10-CM").</summary>
    public static string SystemOf(string name) => name[..Math.Max(0, name.LastIndexOf(' '))];

    /// <summary>What the engine suggested, what the edits found and where the route sent it.</summary>
    public static IEnumerable<AuditEntry> OnArrival(CodesSuggested suggested, IReadOnlyList<EditFinding> findings, string status, IReadOnlyList<string> reasons, DateTimeOffset now)
    {
        yield return new AuditEntry(now, Engine, AuditActions.Suggested, 1, suggested.Codes.Select(Name).ToList(),
            Reason: string.Join("; ", suggested.Codes.Select(c => $"{Name(c)} confidence {c.Confidence:0.00}")));
        yield return new AuditEntry(now, Edits, AuditActions.Findings, 1, findings.SelectMany(f => f.Codes ?? [f.Code]).Where(c => c.Length > 0).Distinct(StringComparer.Ordinal).ToList(),
            Change: string.Join(", ", findings.Select(f => $"{f.EditId} ({f.Severity.ToString().ToLowerInvariant()})")));
        yield return new AuditEntry(now, Engine, AuditActions.Routed, 1, [],
            Change: suggested.Route is null ? "no route (older producer): auto-release" : suggested.Route.AutoRelease ? "auto-release" : "coder review",
            Reason: suggested.Route is { Reasons.Count: > 0 } route ? string.Join(", ", route.Reasons) : null);
        yield return new AuditEntry(now, Edits, status switch
        {
            WorklistStatus.Held => AuditActions.Held,
            WorklistStatus.Failed => AuditActions.Failed,
            _ => AuditActions.AutoReleased,
        }, 1, [], Reason: reasons.Count > 0 ? string.Join(", ", reasons) : null);
    }
}
