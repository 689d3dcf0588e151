using MedCoder.ServiceDefaults.Outbox;
using MedCoder.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace MedCoder.ServiceDefaults.Storage;

public static class ServiceStoreExtensions
{
    /// <summary>The service's store (see below) plus its typed collections, built from the keyed store and outbox signal.</summary>
    public static IServiceCollection AddServiceStore<TCollections>(
        this IServiceCollection services,
        string storeName,
        Func<IDocumentStore, OutboxSignal, TCollections> createCollections,
        params string[] outboxCollections)
        where TCollections : class
    {
        services.AddServiceStore(storeName, outboxCollections);
        services.AddSingleton(sp => createCollections(sp.GetRequiredKeyedService<IDocumentStore>(storeName), sp.GetRequiredKeyedService<OutboxSignal>(storeName)));
        services.TryAddSingleton(TimeProvider.System);
        return services;
    }

    /// <summary>
    /// Gives a service its own store (keyed by the service name, so the all-in-one host keeps four), an
    /// outbox over the collections that carry entries (dispatched once the bus is added), and readiness
    /// checks of the store and of the outbox backlog.
    /// </summary>
    public static IServiceCollection AddServiceStore(this IServiceCollection services, string storeName, params string[] outboxCollections)
    {
        services.AddKeyedSingleton<IDocumentStore>(storeName, (sp, _) => DocumentStoreFactory.Open(sp.GetRequiredService<MedCoderSettings>().Store, storeName));
        services.AddKeyedSingleton(storeName, (_, _) => new OutboxSignal());
        services.AddSingleton(new OutboxRegistration(storeName, outboxCollections));
        services.AddHealthChecks()
            .Add(new HealthCheckRegistration(
                $"store-{storeName}",
                sp => new StoreHealthCheck(sp.GetRequiredKeyedService<IDocumentStore>(storeName)),
                HealthStatus.Unhealthy,
                ["ready"]))
            .Add(new HealthCheckRegistration(
                $"outbox-{storeName}",
                sp => new OutboxHealthCheck(sp.GetRequiredService<OutboxMonitor>(), storeName, sp.GetRequiredService<MedCoderSettings>().Outbox.StallAfter),
                HealthStatus.Degraded,
                ["ready"]));
        return services;
    }
}

internal sealed class StoreHealthCheck(IDocumentStore store) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            return await store.PingAsync(cancellationToken) ? HealthCheckResult.Healthy() : HealthCheckResult.Unhealthy($"store {store.Name} did not answer");
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy($"store {store.Name} failed: {ex.GetType().Name}");
        }
    }
}
