using MedCoder.Storage.Tests.Support;

namespace MedCoder.Storage.Tests;

public sealed class OutboxDispatcherTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "medcoder-storage-tests", Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    private SqliteDocumentStore OpenStore()
    {
        Directory.CreateDirectory(_directory);
        return new SqliteDocumentStore(Path.Combine(_directory, "outbox.db"));
    }

    [Fact]
    public async Task Loop_publishes_on_signal_and_stops_on_cancellation()
    {
        await using var store = OpenStore();
        var claims = store.Collection<Claim>("claims");
        var publisher = new RecordingPublisher();
        var signal = new OutboxSignal();
        using var stop = new CancellationTokenSource();
        var loop = new OutboxDispatcher([claims], publisher).RunAsync(signal, TimeSpan.FromMinutes(5), stop.Token);

        var message = new OutboxMessage(Guid.NewGuid(), "Type.Coded", "{}");
        await claims.InsertIfAbsentAsync(new DocumentWrite<Claim>("enc-1", Claim.Sample("x"), Outbox: [message]));
        signal.Notify();
        await Eventually.HoldsAsync(() => publisher.Published.Count == 1, "the signalled message is published");
        await stop.CancelAsync();

        await loop.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(message, publisher.Published[0]);
        Assert.Empty(await claims.PendingOutboxAsync(10));
    }

    [Fact]
    public async Task Loop_survives_a_failing_round_and_retries()
    {
        await using var store = OpenStore();
        var claims = store.Collection<Claim>("claims");
        var message = new OutboxMessage(Guid.NewGuid(), "Type.Coded", "{}");
        await claims.InsertIfAbsentAsync(new DocumentWrite<Claim>("enc-1", Claim.Sample("x"), Outbox: [message]));
        var publisher = new RecordingPublisher();
        var logger = new ListLogger<OutboxDispatcher>();
        var dispatcher = new OutboxDispatcher([new FailingOnceSource(claims)], publisher, logger) { ErrorDelay = TimeSpan.FromMilliseconds(10) };
        using var stop = new CancellationTokenSource();

        var loop = dispatcher.RunAsync(new OutboxSignal(), TimeSpan.FromMinutes(5), stop.Token);
        await Eventually.HoldsAsync(() => publisher.Published.Count == 1, "the message is published after the failed round");
        await stop.CancelAsync();

        await loop.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Contains(logger.Lines, line => line.StartsWith("Error: Outbox dispatch round failed", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Loop_recovers_from_publishes_whose_confirm_never_comes()
    {
        await using var store = OpenStore();
        var claims = store.Collection<Claim>("claims");
        var messages = Enumerable.Range(0, 5).Select(_ => new OutboxMessage(Guid.NewGuid(), "Type.Coded", "{}")).ToList();
        var publisher = new RecordingPublisher();
        foreach (var (message, i) in messages.Select((m, i) => (m, i)))
        {
            await claims.InsertIfAbsentAsync(new DocumentWrite<Claim>($"enc-{i}", Claim.Sample("x"), Outbox: [message]));
            publisher.HangOnceOn(message.MessageId);
        }

        var dispatcher = new OutboxDispatcher([claims], publisher)
        {
            PublishTimeout = TimeSpan.FromMilliseconds(100),
            ErrorDelay = TimeSpan.FromMilliseconds(10),
        };
        using var stop = new CancellationTokenSource();

        // Without a publish deadline the first round waits forever on confirms that never come.
        var loop = dispatcher.RunAsync(new OutboxSignal(), TimeSpan.FromMinutes(5), stop.Token);
        await Eventually.HoldsAsync(() => publisher.Published.Count == 5, "every message is published once the hung confirms are abandoned");
        await stop.CancelAsync();
        await loop.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(OutboxBacklog.Empty, await claims.OutboxBacklogAsync());
        Assert.Equal(5, dispatcher.State.Snapshot().Published);
        Assert.NotNull(dispatcher.State.Snapshot().LastFailureAt);
    }

    [Fact]
    public async Task Failed_rounds_back_off_instead_of_spinning()
    {
        await using var store = OpenStore();
        var claims = store.Collection<Claim>("claims");
        await claims.InsertIfAbsentAsync(new DocumentWrite<Claim>("enc-1", Claim.Sample("x"), Outbox: [new OutboxMessage(Guid.NewGuid(), "Type.Coded", "{}")]));
        var broker = new AlwaysFailingPublisher();
        var dispatcher = new OutboxDispatcher([claims], broker) { ErrorDelay = TimeSpan.FromMilliseconds(50), MaxErrorDelay = TimeSpan.FromMilliseconds(400) };
        using var stop = new CancellationTokenSource();

        var loop = dispatcher.RunAsync(new OutboxSignal(), TimeSpan.FromMilliseconds(1), stop.Token);
        await Task.Delay(TimeSpan.FromSeconds(1.5));
        await stop.CancelAsync();
        await loop.WaitAsync(TimeSpan.FromSeconds(10));

        // 50, 100, 200, 400, 400 ms...: about 6 attempts in 1.5 s; a loop without backoff makes hundreds.
        Assert.InRange(broker.Attempts, 3, 12);
        Assert.True(dispatcher.State.Snapshot().FailedRoundsInARow >= 3);
    }

    [Fact]
    public async Task Drain_publishes_what_is_pending_within_its_deadline()
    {
        await using var store = OpenStore();
        var claims = store.Collection<Claim>("claims");
        for (var i = 0; i < 250; i++)
        {
            await claims.InsertIfAbsentAsync(new DocumentWrite<Claim>($"enc-{i}", Claim.Sample("x"), Outbox: [new OutboxMessage(Guid.NewGuid(), "Type.Coded", "{}")]));
        }

        var publisher = new RecordingPublisher();
        var drained = await new OutboxDispatcher([claims], publisher).DrainAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(250, drained);
        Assert.Equal(250, publisher.Published.Count);
        Assert.Equal(0, (await claims.OutboxBacklogAsync()).Unsent);
    }

    [Fact]
    public async Task Batch_size_must_be_positive()
    {
        var dispatcher = new OutboxDispatcher([], new RecordingPublisher());

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => dispatcher.DispatchRoundAsync(0, CancellationToken.None));
    }

    /// <summary>A source whose store is down for the first read.</summary>
    private sealed class FailingOnceSource(IOutboxSource inner) : IOutboxSource
    {
        private int _reads;

        public Task<IReadOnlyList<PendingMessage>> PendingOutboxAsync(int limit, CancellationToken cancellationToken = default) =>
            Interlocked.Increment(ref _reads) == 1
                ? throw new TimeoutException("Store unavailable.")
                : inner.PendingOutboxAsync(limit, cancellationToken);

        public Task MarkSentAsync(string documentId, Guid messageId, CancellationToken cancellationToken = default) =>
            inner.MarkSentAsync(documentId, messageId, cancellationToken);

        public Task<OutboxBacklog> OutboxBacklogAsync(CancellationToken cancellationToken = default) => inner.OutboxBacklogAsync(cancellationToken);
    }

    /// <summary>A broker that refuses every publish.</summary>
    private sealed class AlwaysFailingPublisher : IOutboxPublisher
    {
        private int _attempts;

        public int Attempts => Volatile.Read(ref _attempts);

        public Task PublishAsync(OutboxMessage message, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _attempts);
            throw new InvalidOperationException("Broker unreachable.");
        }
    }
}
