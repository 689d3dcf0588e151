using System.Collections.Frozen;
using System.Diagnostics.Metrics;
using MedCoder.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace MedCoder.ServiceDefaults.Outbox;

/// <summary>
/// The dispatchers of this process, one per store, and their backlogs (docs/architecture.md#outbox):
/// read by the dispatcher service, the readiness check, the stats routes and the metrics.
/// </summary>
public sealed class OutboxMonitor : IDisposable
{
    public const string MeterName = "MedCoder.Outbox";

    private readonly FrozenDictionary<string, StoreOutbox> _stores;
    private readonly TimeProvider _clock;
    private readonly Meter _meter = new(MeterName);

    public OutboxMonitor(IEnumerable<OutboxRegistration> registrations, IServiceProvider services, MedCoderSettings settings, TimeProvider clock)
    {
        _clock = clock;
        var publisher = services.GetRequiredService<IOutboxPublisher>();
        var logger = services.GetRequiredService<ILogger<OutboxDispatcher>>();
        _stores = registrations.ToFrozenDictionary(r => r.StoreName, r =>
        {
            var store = services.GetRequiredKeyedService<IDocumentStore>(r.StoreName);
            var sources = r.Collections.Select(name => (IOutboxSource)store.Collection<object>(name)).ToArray();
            var dispatcher = new OutboxDispatcher(sources, publisher, logger, clock) { PublishTimeout = settings.Outbox.PublishTimeout };
            return new StoreOutbox(r.StoreName, sources, dispatcher, services.GetRequiredKeyedService<OutboxSignal>(r.StoreName));
        });

        // Observed from the last refresh: a gauge callback must not query the store.
        _meter.CreateObservableGauge("medcoder.outbox.unsent", () => Measure(s => s.Unsent), description: "Outbox messages written but not yet confirmed by the broker");
        _meter.CreateObservableGauge("medcoder.outbox.oldest_age", () => Measure(s => s.OldestUnsentAgeSeconds), unit: "s", description: "Age of the oldest unsent outbox message");
    }

    public IReadOnlyCollection<StoreOutbox> Stores => _stores.Values;

    public StoreOutbox? Store(string name) => _stores.GetValueOrDefault(name);

    /// <summary>Reads the store's backlog now and remembers it.</summary>
    public async Task<OutboxStatus> RefreshAsync(StoreOutbox store, CancellationToken cancellationToken)
    {
        var backlog = OutboxBacklog.Empty;
        foreach (var source in store.Sources)
        {
            backlog = backlog.Plus(await source.OutboxBacklogAsync(cancellationToken));
        }

        var status = OutboxStatus.From(store.Name, backlog, store.Dispatcher.State.Snapshot(), _clock.GetUtcNow());
        store.Last = status;
        return status;
    }

    /// <summary>A fresh status of the named store, or null when this process has no outbox for it.</summary>
    public async Task<OutboxStatus?> StatusAsync(string storeName, CancellationToken cancellationToken) =>
        Store(storeName) is { } store ? await RefreshAsync(store, cancellationToken) : null;

    /// <summary>The last status when it is at most maxAge old, else a fresh one; for checks on a hot path.</summary>
    public async Task<OutboxStatus?> RecentStatusAsync(string storeName, TimeSpan maxAge, CancellationToken cancellationToken) =>
        Store(storeName) is not { } store ? null
        : store.Last is { } last && _clock.GetUtcNow() - last.CheckedAt <= maxAge ? last
        : await RefreshAsync(store, cancellationToken);

    public void Dispose() => _meter.Dispose();

    private IEnumerable<Measurement<T>> Measure<T>(Func<OutboxStatus, T> value) where T : struct =>
        _stores.Values.Where(s => s.Last is not null).Select(s => new Measurement<T>(value(s.Last!), new KeyValuePair<string, object?>("store", s.Name)));
}

/// <summary>One store's outbox: its sources, its dispatcher, its wake-up signal and the last status read.</summary>
public sealed class StoreOutbox(string name, IReadOnlyList<IOutboxSource> sources, OutboxDispatcher dispatcher, OutboxSignal signal)
{
    public string Name { get; } = name;

    public IReadOnlyList<IOutboxSource> Sources { get; } = sources;

    public OutboxDispatcher Dispatcher { get; } = dispatcher;

    public OutboxSignal Signal { get; } = signal;

    public OutboxStatus? Last { get; set; }
}
