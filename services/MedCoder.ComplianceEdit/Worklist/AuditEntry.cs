namespace MedCoder.ComplianceEdit.Worklist;

/// <summary>
/// One line of an encounter's audit trail: who (a service name or an API key id), when, what and why. Codes and ids only,
/// never note text (docs/architecture.md#worklist-and-audit).
/// </summary>
/// <param name="Codes">The codes concerned, as "SYSTEM CODE".</param>
/// <param name="Change">What changed, in codes and edit ids ("ICD-10-CM E11.9 → E11.65").</param>
/// <param name="Reason">The coder's reason for a change or override; route reasons for a hold.</param>
public sealed record AuditEntry(DateTimeOffset At, string Actor, string Action, int Version, IReadOnlyList<string> Codes, string? Change = null, string? Reason = null);

public static class AuditActions
{
    public const string Suggested = "suggested";
    public const string Findings = "findings";
    public const string Routed = "routed";
    public const string Held = "held";
    public const string AutoReleased = "auto-released";
    public const string Failed = "failed";
    public const string Locked = "locked";
    public const string Accepted = "accepted";
    public const string CodeRemoved = "code-removed";
    public const string CodeAdded = "code-added";
    public const string CodeChanged = "code-changed";
    public const string WarningOverridden = "warning-overridden";
    public const string Revised = "revised";
    public const string Released = "released";
    public const string QuerySent = "query-sent";
    public const string QueryAnswered = "query-answered";
    public const string ReturnedToProvider = "returned-to-provider";
    public const string ClaimReturned = "claim-returned";
    public const string QualityAudited = "quality-audited";
}
