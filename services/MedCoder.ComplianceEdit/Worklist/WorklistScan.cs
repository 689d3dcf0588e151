using MedCoder.Storage;

namespace MedCoder.ComplianceEdit.Worklist;

/// <summary>
/// Reads the worklist items of one status (in one organization's partition, or all), page by page, keeping those that
/// match. The store indexes organization and status only, so the list, the stats and the gauges filter here; a status is
/// a working set, and one read keeps at most <see cref="MaxScanned"/> items.
/// </summary>
public static class WorklistScan
{
    public const int MaxScanned = 20_000;

    public static async Task<List<WorklistItem>> ReadAsync(
        IDocumentCollection<WorklistItem> worklist, string status, CancellationToken cancellationToken, string? partition = null, Func<WorklistItem, bool>? keep = null)
    {
        var items = new List<WorklistItem>();
        long? after = null;
        do
        {
            var page = await worklist.QueryAsync(new DocumentQuery(partition, status, after, 1000), cancellationToken);
            items.AddRange(page.Items.Select(d => d.Body).Where(i => keep is null || keep(i)));
            after = page.NextCursor;
        }
        while (after is not null && items.Count < MaxScanned);

        return items;
    }
}
