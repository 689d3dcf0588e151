using MedCoder.Contracts.Coding;
using MedCoder.Contracts.Compliance;
using MedCoder.Contracts.Encounters;

namespace MedCoder.ComplianceEdit.Worklist;

/// <summary>A row of GET /api/worklist: enough to choose what to open, no clinical text.</summary>
/// <param name="EncounterResourceId">The id GET /api/encounters/{id} and GET /api/audit/{id} take.</param>
public sealed record WorklistSummary(
    string Id,
    string EncounterId,
    string EncounterResourceId,
    string Organization,
    string Setting,
    string PayerId,
    IReadOnlyList<string> Reasons,
    IReadOnlyList<string> EditIds,
    decimal ClaimValue,
    DateTimeOffset HeldAt,
    int Version,
    WorklistLock? Lock)
{
    public static WorklistSummary From(WorklistItem item) => new(
        item.Id,
        item.Key.EncounterId,
        item.Id,
        item.Key.Organization,
        item.Suggestion?.Encounter.Setting.ToString() ?? string.Empty,
        item.Suggestion?.Encounter.Coverage.PayerId ?? string.Empty,
        item.Reasons,
        item.Findings.Select(f => f.EditId).Distinct(StringComparer.Ordinal).ToList(),
        item.ClaimValue,
        item.HeldAt,
        item.Version,
        item.Lock);
}

public sealed record WorklistPage(IReadOnlyList<WorklistSummary> Items, string? NextCursor);

/// <summary>GET /api/worklist/{id}: what a coder needs to decide (the notes, codes with evidence and confidence, findings, queries, charges, and what a returned claim lacked or why the payer rejected it).</summary>
/// <param name="Version">Send it back with the decision: a decision on a version that moved answers 409.</param>
public sealed record WorklistItemView(
    string Id,
    string EncounterId,
    string EncounterResourceId,
    string Organization,
    int Revision,
    string Status,
    int Version,
    IReadOnlyList<string> Reasons,
    string Setting,
    string PayerId,
    DateOnly ServiceStart,
    DateOnly ServiceEnd,
    IReadOnlyList<ClinicalNote> Notes,
    IReadOnlyList<SuggestedCode> SuggestedCodes,
    IReadOnlyList<SuggestedCode> Codes,
    IReadOnlyList<EditFinding> Findings,
    IReadOnlyList<WarningOverride> Overrides,
    IReadOnlyList<PhysicianQuery> Queries,
    IReadOnlyList<Charge> Charges,
    IReadOnlyList<ServiceLine> Lines,
    decimal ClaimValue,
    DateTimeOffset HeldAt,
    DateTimeOffset? ReleasedAt,
    WorklistLock? Lock,
    IReadOnlyList<ProviderQuery> ProviderQueries,
    IReadOnlyList<string> ClaimProblems)
{
    public static WorklistItemView From(WorklistItem item)
    {
        var encounter = item.Suggestion?.Encounter;
        return new(
            item.Id,
            item.Key.EncounterId,
            item.Id,
            item.Key.Organization,
            item.Revision,
            item.Status,
            item.Version,
            item.Reasons,
            encounter?.Setting.ToString() ?? string.Empty,
            encounter?.Coverage.PayerId ?? string.Empty,
            encounter?.ServiceStart ?? default,
            encounter?.ServiceEnd ?? default,
            encounter?.Notes ?? [],
            item.Suggestion?.Codes ?? [],
            item.Codes,
            item.Findings,
            item.Overrides,
            item.Suggestion?.Queries ?? [],
            encounter?.Charges ?? [],
            item.Lines,
            item.ClaimValue,
            item.HeldAt,
            item.ReleasedAt,
            item.Lock,
            item.ProviderQueries ?? [],
            item.ClaimProblems ?? []);
    }
}

/// <summary>GET /api/audit/{id}: the encounter revision's trail, oldest first.</summary>
public sealed record AuditTrailView(string EncounterResourceId, string Status, IReadOnlyList<AuditEntry> Entries);
