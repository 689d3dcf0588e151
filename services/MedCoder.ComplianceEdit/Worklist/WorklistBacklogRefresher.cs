using MedCoder.Storage;

namespace MedCoder.ComplianceEdit.Worklist;

/// <summary>What waits on the worklist, as last read: counts by status and the oldest held item's hold time.</summary>
public sealed record WorklistBacklog(long Held, long AwaitingProvider, long AuditPending, DateTimeOffset? OldestHeldAt, DateTimeOffset ReadAt);

/// <summary>
/// Reads the worklist's backlog for the size and age gauges every <see cref="Interval"/> (a gauge callback must not query
/// the store). Held items are a working set: at most <see cref="WorklistScan.MaxScanned"/> are read for the oldest.
/// </summary>
public sealed partial class WorklistBacklogRefresher(ComplianceEditCollections collections, WorklistMetrics metrics, TimeProvider clock, ILogger<WorklistBacklogRefresher> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(30);

    public async Task<WorklistBacklog> ReadAsync(CancellationToken cancellationToken)
    {
        var worklist = collections.Worklist;
        var held = await WorklistScan.ReadAsync(worklist, WorklistStatus.Held, cancellationToken);
        DateTimeOffset? oldest = held.Count == 0 ? null : held.Min(i => i.HeldAt);
        var backlog = new WorklistBacklog(
            await worklist.CountAsync(status: WorklistStatus.Held, cancellationToken: cancellationToken),
            await worklist.CountAsync(status: WorklistStatus.AwaitingProvider, cancellationToken: cancellationToken),
            await worklist.CountAsync(status: WorklistStatus.AuditPending, cancellationToken: cancellationToken),
            oldest,
            clock.GetUtcNow());
        metrics.Backlog = backlog;
        return backlog;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, clock);
        do
        {
            try
            {
                await ReadAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The store is down for a moment: the gauges keep the last reading until the next round.
                LogReadFailed(logger, ex.GetType().Name);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Worklist backlog not read ({ExceptionType}); the gauges keep the last reading")]
    private static partial void LogReadFailed(ILogger logger, string exceptionType);
}
