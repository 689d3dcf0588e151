using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace MedCoder.ServiceDefaults.Outbox;

/// <summary>
/// Runs every store's dispatcher and refreshes their backlogs for the life of the host. Registered after
/// the bus, so it stops first: at shutdown the last outbox round is published while the bus still runs.
/// </summary>
internal sealed class OutboxDispatcherService(OutboxMonitor monitor, MedCoderSettings settings, ILogger<OutboxDispatcherService> logger) : BackgroundService
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan RefreshInterval = TimeSpan.FromSeconds(5);

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(monitor.Stores
            .Select(store => store.Dispatcher.RunAsync(store.Signal, PollInterval, stoppingToken))
            .Append(RefreshLoopAsync(stoppingToken)));

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        var drained = await Task.WhenAll(monitor.Stores.Select(store => store.Dispatcher.DrainAsync(settings.Outbox.ShutdownDrain)));
        if (drained.Sum() > 0)
        {
            logger.LogInformation("Published {Count} outbox messages before shutting down", drained.Sum());
        }
    }

    private async Task RefreshLoopAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            foreach (var store in monitor.Stores)
            {
                try
                {
                    await monitor.RefreshAsync(store, stoppingToken);
                }
                catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
                {
                    logger.LogWarning("Reading the {Store} outbox backlog failed ({Error})", store.Name, ex.GetType().Name);
                }
            }

            await Task.Delay(RefreshInterval, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }
}
