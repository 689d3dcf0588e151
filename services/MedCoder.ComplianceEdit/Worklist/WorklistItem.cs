using MedCoder.Contracts;
using MedCoder.Contracts.Coding;
using MedCoder.Contracts.Compliance;

namespace MedCoder.ComplianceEdit.Worklist;

/// <summary>
/// One encounter revision as ComplianceEdit decided it (docs/architecture.md#worklist-and-audit): auto-released, failed, or
/// held for a coder until released. Held items keep the suggestion (the encounter and its notes) for the coder; every
/// item keeps the audit trail, appended to and never rewritten.
/// </summary>
/// <param name="Version">The coding revision: 1 as suggested, +1 per coder decision that changed it. Locks do not move it.</param>
/// <param name="Suggestion">The engine's suggestion as it arrived; null for items never held (no notes kept for them).</param>
/// <param name="Lines">The claim's lines, as reconciled when the suggestion arrived.</param>
/// <param name="Overrides">Warnings a coder overrode, with the reason.</param>
/// <param name="ProviderQueries">Questions a coder sent to the provider and their answers (added field; null on older items).</param>
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
    IReadOnlyList<ProviderQuery>? ProviderQueries = null);

public static class WorklistStatus
{
    public const string Held = "held";

    /// <summary>A coder's query waits for the provider's answer; the answer puts the item back on the list.</summary>
    public const string AwaitingProvider = "awaiting-provider";
    public const string Released = "released";
    public const string AutoReleased = "auto-released";
    public const string Failed = "failed";
}

/// <summary>Who works the item and until when; an expired lock is free to take.</summary>
public sealed record WorklistLock(string Owner, DateTimeOffset ExpiresAt);

/// <summary>A physician query a coder sent (the question, and the provider's answer once given).</summary>
public sealed record ProviderQuery(string Topic, string Question, string SentBy, DateTimeOffset SentAt, string? Answer = null, DateTimeOffset? AnsweredAt = null);

/// <summary>A warning the coder released anyway, and why.</summary>
public sealed record WarningOverride(string EditId, string Reason);
