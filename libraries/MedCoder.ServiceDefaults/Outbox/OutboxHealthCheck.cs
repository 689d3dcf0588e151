using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace MedCoder.ServiceDefaults.Outbox;

/// <summary>Degraded when the oldest unsent outbox message is older than the configured bound: the pipeline is stuck or far behind.</summary>
internal sealed class OutboxHealthCheck(OutboxMonitor monitor, string storeName, TimeSpan stallAfter) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        OutboxStatus? status;
        try
        {
            status = await monitor.StatusAsync(storeName, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return HealthCheckResult.Degraded($"outbox {storeName}: backlog unreadable ({ex.GetType().Name})");
        }

        if (status is null)
        {
            return HealthCheckResult.Healthy($"outbox {storeName}: no dispatcher in this process");
        }

        var summary = $"outbox {storeName}: {status.Unsent} unsent, oldest {status.OldestUnsentAgeSeconds:0.#} s";
        return status.OldestUnsentAgeSeconds > stallAfter.TotalSeconds
            ? HealthCheckResult.Degraded($"{summary} (bound {stallAfter.TotalSeconds:0} s)")
            : HealthCheckResult.Healthy(summary);
    }
}
