using System.Globalization;
using MedCoder.ServiceDefaults.Security;
using MedCoder.Storage;

namespace MedCoder.ComplianceEdit.Worklist;

/// <summary>
/// GET /api/worklist: held items the caller may see, filtered and ordered. The store indexes organization and status only,
/// so the held items (a working set, not history) are read and filtered here; the cursor is the position in that order.
/// </summary>
public sealed record WorklistQuery(string? Reason, string? Setting, string? Payer, string? EditId, string Order, int Offset, int Limit)
{
    public const string Oldest = "oldest";
    public const string Value = "value";
    public const int DefaultLimit = 50;
    public const int MaxLimit = 200;

    /// <summary>The items listed: held (the worklist) or audit-pending (the quality-audit sample).</summary>
    public string Status { get; init; } = WorklistStatus.Held;

    /// <returns>The query, or the problem naming the parameter.</returns>
    public static (WorklistQuery? Query, string? Problem) Parse(string? reason, string? setting, string? payer, string? editId, string? order, string? cursor, int? limit)
    {
        if (order is not (null or Oldest or Value))
        {
            return (null, $"order must be {Oldest} or {Value}");
        }

        if (limit is < 1 or > MaxLimit)
        {
            return (null, $"limit must be from 1 to {MaxLimit}");
        }

        var offset = 0;
        if (cursor is not null && (!int.TryParse(cursor, NumberStyles.None, CultureInfo.InvariantCulture, out offset) || offset < 0))
        {
            return (null, "cursor must be a nextCursor this route returned");
        }

        return (new WorklistQuery(Blank(reason), Blank(setting), Blank(payer), Blank(editId), order ?? Oldest, offset, limit ?? DefaultLimit), null);
    }

    public async Task<WorklistPage> RunAsync(IDocumentCollection<WorklistItem> worklist, Caller caller, CancellationToken cancellationToken)
    {
        var held = await WorklistScan.ReadAsync(worklist, Status, cancellationToken, caller.HasOneOrganization ? caller.Organization : null, i => caller.CanAccess(i.Key.Organization) && Matches(i));

        var ordered = Order == Value
            ? held.OrderByDescending(i => i.ClaimValue).ThenBy(i => i.HeldAt).ThenBy(i => i.Id, StringComparer.Ordinal)
            : held.OrderBy(i => i.HeldAt).ThenBy(i => i.Id, StringComparer.Ordinal);
        var items = ordered.Skip(Offset).Take(Limit).Select(WorklistSummary.From).ToList();
        var next = Offset + items.Count < held.Count ? (Offset + items.Count).ToString(CultureInfo.InvariantCulture) : null;
        return new WorklistPage(items, next);
    }

    private bool Matches(WorklistItem item) =>
        (Reason is null || item.Reasons.Contains(Reason, StringComparer.Ordinal))
        && (Setting is null || string.Equals(item.Suggestion?.Encounter.Setting.ToString(), Setting, StringComparison.OrdinalIgnoreCase))
        && (Payer is null || string.Equals(item.Suggestion?.Encounter.Coverage.PayerId, Payer, StringComparison.Ordinal))
        && (EditId is null || item.Findings.Any(f => string.Equals(f.EditId, EditId, StringComparison.Ordinal)));

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
