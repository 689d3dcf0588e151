using MedCoder.Contracts;
using MedCoder.Contracts.Coding;
using MedCoder.Contracts.Compliance;

namespace MedCoder.ComplianceEdit.Worklist;

/// <summary>
/// One encounter revision as ComplianceEdit decided it (docs/architecture.md#worklist-and-audit): auto-released, or held for
/// a coder until released or returned to the provider. Every item keeps the suggestion (the encounter and its notes), since a
/// claim the payer rejects comes back to the coder, and the audit trail, appended to and never rewritten.
/// </summary>
/// <param name="Version">The coding revision: 1 as suggested, +1 per coder decision that changed it. Locks do not move it.</param>
/// <param name="Suggestion">The engine's suggestion as it arrived; null on auto-released items stored before returns existed.</param>
/// <param name="Lines">The claim's lines, as reconciled when the suggestion arrived.</param>
/// <param name="Overrides">Warnings a coder overrode, with the reason.</param>
/// <param name="ProviderQueries">Questions a coder sent to the provider and their answers (added field; null on older items).</param>
/// <param name="ClaimReturns">How often ClaimAssembly handed the released coding back (ClaimReturned); each release after a return is a new coding version of the claim (added field).</param>
/// <param name="ClaimProblems">What the last return named: the 837's missing fields or the payer's rejection reason (added field).</param>
/// <param name="Audit">A coder's quality audit of an auto-released coding sampled for one (added field).</param>
public sealed record WorklistItem(
    string Id,
    EncounterKey Key,
    int Revision,
    Guid CorrelationId,
    string Status,
    int Version,
    CodesSuggested? Suggestion,
    IReadOnlyList<SuggestedCode> Codes,
    IReadOnlyList<EditFinding> Findings,
    IReadOnlyList<string> Reasons,
    IReadOnlyList<ServiceLine> Lines,
    IReadOnlyList<UnbilledService> Unbilled,
    decimal ClaimValue,
    DateTimeOffset HeldAt,
    IReadOnlyList<AuditEntry> Trail,
    IReadOnlyList<WarningOverride> Overrides,
    WorklistLock? Lock = null,
    DateTimeOffset? ReleasedAt = null,
    IReadOnlyList<ProviderQuery>? ProviderQueries = null,
    int ClaimReturns = 0,
    IReadOnlyList<string>? ClaimProblems = null,
    QualityAudit? Audit = null);

public static class WorklistStatus
{
    public const string Held = "held";

    /// <summary>A coder's query waits for the provider's answer; the answer puts the item back on the list.</summary>
    public const string AwaitingProvider = "awaiting-provider";
    public const string Released = "released";
    public const string AutoReleased = "auto-released";

    /// <summary>Auto-released (its claim went on) and sampled for a coder's quality audit, not yet audited (MEDCODER_WORKLIST_AUDIT_RATE).</summary>
    public const string AuditPending = "audit-pending";

    /// <summary>Auto-released and audited by a coder (<see cref="WorklistItem.Audit"/>).</summary>
    public const string Audited = "audited";

    /// <summary>Stopped by edit errors before the worklist held them (items stored before errors were held; docs/architecture.md#worklist-and-audit).</summary>
    public const string Failed = "failed";

    /// <summary>A coder sent it back to the provider (edit errors or claim data only the hospital can fix); a new revision comes from the hospital.</summary>
    public const string Returned = "returned-to-provider";

    /// <summary>A later revision of the encounter arrived while this one waited; the later one is worked instead.</summary>
    public const string Superseded = "superseded";

    /// <summary>The hospital withdrew the encounter while this revision waited.</summary>
    public const string Withdrawn = "withdrawn";

    /// <summary>Statuses of items whose coding went on to a claim.</summary>
    public static bool IsReleased(string status) => status is Released or AutoReleased or AuditPending or Audited;

    /// <summary>Statuses of items released without a coder (the audit sample included).</summary>
    public static bool IsAutoReleased(string status) => status is AutoReleased or AuditPending or Audited;

    /// <summary>Statuses of items that still wait for someone (a coder or the provider).</summary>
    public static bool IsOpen(string status) => status is Held or AwaitingProvider;
}

/// <summary>Who works the item and until when; an expired lock is free to take.</summary>
public sealed record WorklistLock(string Owner, DateTimeOffset ExpiresAt);

/// <summary>A physician query a coder sent (the question, and the provider's answer once given).</summary>
public sealed record ProviderQuery(string Topic, string Question, string SentBy, DateTimeOffset SentAt, string? Answer = null, DateTimeOffset? AnsweredAt = null);

/// <summary>A coder's verdict on an auto-released coding: the codes agreed with, disputed and missed ("SYSTEM CODE").</summary>
public sealed record QualityAudit(string By, DateTimeOffset At, IReadOnlyList<string> Agreed, IReadOnlyList<string> Disputed, IReadOnlyList<string> Missed);

/// <summary>A warning the coder released anyway, and why.</summary>
public sealed record WarningOverride(string EditId, string Reason);
