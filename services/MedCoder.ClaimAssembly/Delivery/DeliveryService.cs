using Microsoft.Extensions.Options;

namespace MedCoder.ClaimAssembly.Delivery;

/// <summary>
/// Runs webhook pushes and batch files on a timer (docs/architecture.md#delivery). A failed round (a store that is down)
/// is logged by exception type only and tried again at the next tick; nothing runs when no payer is configured.
/// </summary>
public sealed partial class DeliveryService(WebhookDispatcher webhooks, BatchFiles batches, IOptions<DeliverySettings> options, TimeProvider clock, ILogger<DeliveryService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (settings.Payers.Count == 0)
        {
            return;
        }

        using var timer = new PeriodicTimer(settings.Poll, clock);
        do
        {
            try
            {
                await webhooks.RunOnceAsync(stoppingToken);
                await batches.RunDueAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                LogRoundFailed(logger, e.GetType().Name);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Claim delivery round failed ({ExceptionType}); retrying at the next tick")]
    private static partial void LogRoundFailed(ILogger logger, string exceptionType);
}
