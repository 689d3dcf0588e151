using MedCoder.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

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
    /// Gives a service its own store (keyed by the service name, so the all-in-one host keeps four),
    /// an outbox dispatcher over the collections that carry outbox entries, and a readiness check.
    /// </summary>
    public static IServiceCollection AddServiceStore(this IServiceCollection services, string storeName, params string[] outboxCollections)
    {
        services.AddKeyedSingleton<IDocumentStore>(storeName, (sp, _) => DocumentStoreFactory.Open(sp.GetRequiredService<MedCoderSettings>().Store, storeName));
        services.AddKeyedSingleton(storeName, (_, _) => new OutboxSignal());
        services.AddSingleton<IHostedService>(sp =>
        {
            var store = sp.GetRequiredKeyedService<IDocumentStore>(storeName);
            var sources = outboxCollections.Select(name => (IOutboxSource)store.Collection<object>(name)).ToList();
            var dispatcher = new OutboxDispatcher(sources, sp.GetRequiredService<IOutboxPublisher>(), sp.GetRequiredService<ILogger<OutboxDispatcher>>());
            return new OutboxDispatcherService(dispatcher, sp.GetRequiredKeyedService<OutboxSignal>(storeName));
        });
        services.AddHealthChecks().Add(new HealthCheckRegistration(
            $"store-{storeName}",
            sp => new StoreHealthCheck(sp.GetRequiredKeyedService<IDocumentStore>(storeName)),
            HealthStatus.Unhealthy,
            ["ready"]));
        return services;
    }
}

/// <summary>Runs one store's dispatcher for the life of the host.</summary>
internal sealed class OutboxDispatcherService(OutboxDispatcher dispatcher, OutboxSignal signal) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        dispatcher.RunAsync(signal, TimeSpan.FromSeconds(1), stoppingToken);
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
