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
    public async Task Batch_size_must_be_positive()
    {
        var dispatcher = new OutboxDispatcher([], new RecordingPublisher());

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => dispatcher.DispatchPendingAsync(0, CancellationToken.None));
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
    }
}
