using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace MedCoder.Storage;

/// <summary>
/// Publishes unsent outbox messages and marks them sent (docs/architecture.md#outbox). A crash between
/// publish and mark re-publishes the same message id next round; consumers are idempotent on it. Every
/// publish has a deadline and a failed round backs off and retries, so no broker state can stall the loop
/// for good. Logs carry message id and type only, never payloads (they hold PHI).
/// </summary>
public sealed class OutboxDispatcher(
    IEnumerable<IOutboxSource> sources, IOutboxPublisher publisher, ILogger<OutboxDispatcher>? logger = null, TimeProvider? clock = null)
{
    private readonly IOutboxSource[] _sources = sources.ToArray();
    private readonly ILogger _logger = logger ?? NullLogger<OutboxDispatcher>.Instance;
    private readonly TimeProvider _clock = clock ?? TimeProvider.System;

    /// <summary>Messages read per source per round by RunAsync.</summary>
    public int BatchSize { get; init; } = 100;

    /// <summary>First pause after a failed round (store or broker down); doubles per failed round up to MaxErrorDelay.</summary>
    public TimeSpan ErrorDelay { get; init; } = TimeSpan.FromSeconds(1);

    public TimeSpan MaxErrorDelay { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How long one publish may wait for the broker's confirm. A publish on a channel that died can wait
    /// for a confirm that never comes (RabbitMQ.Client 7.x after a broker restart); it is abandoned and
    /// retried with the same message id.
    /// </summary>
    public TimeSpan PublishTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Publishes awaiting confirmation in parallel, this many at a time: one broker round trip per message in series was the pipeline's bottleneck.</summary>
    public int PublishConcurrency { get; init; } = 32;

    /// <summary>What the loop has done lately, for health checks and metrics.</summary>
    public OutboxDispatcherState State { get; } = new();

    /// <summary>
    /// One round over every source; returns how many messages were published and whether any failed.
    /// Messages are independent (each names its encounter, revision and stage), so they are published
    /// concurrently; a failed one stays unmarked and ends that source's round, to be retried with the same id.
    /// </summary>
    public async Task<OutboxRound> DispatchRoundAsync(int batchSize, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        var published = 0;
        var failed = 0;
        foreach (var source in _sources)
        {
            var pending = await source.PendingOutboxAsync(batchSize, cancellationToken);
            foreach (var chunk in pending.Chunk(PublishConcurrency))
            {
                var outcomes = await Task.WhenAll(chunk.Select(async p => (Pending: p, Ok: await TryPublishAsync(p.Message, cancellationToken))));
                foreach (var (sent, _) in outcomes.Where(o => o.Ok))
                {
                    // Not cancelled: once the broker confirmed, recording it spares a duplicate after shutdown.
                    await source.MarkSentAsync(sent.DocumentId, sent.Message.MessageId, CancellationToken.None);
                    published++;
                }

                failed += outcomes.Count(o => !o.Ok);
                if (failed > 0)
                {
                    break;
                }
            }
        }

        var round = new OutboxRound(published, failed);
        State.Record(round, _clock.GetUtcNow());
        return round;
    }

    /// <summary>
    /// Dispatches until nothing is pending, then waits for a signal or the poll interval. A failed round
    /// (store error, publish error or timeout) backs off exponentially and tries again; only cancellation
    /// ends the loop.
    /// </summary>
    public async Task RunAsync(OutboxSignal signal, TimeSpan pollInterval, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(signal);
        var failedRounds = 0;
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                OutboxRound round;
                do
                {
                    round = await DispatchRoundAsync(BatchSize, cancellationToken);
                }
                while (round is { Published: > 0, Failed: 0 });

                if (round.Failed == 0)
                {
                    failedRounds = 0;
                    await signal.WaitAsync(pollInterval, cancellationToken);
                    continue;
                }

                _logger.LogWarning("Outbox round left {Failed} messages unsent; retrying in {Delay}", round.Failed, Backoff(failedRounds));
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                State.RecordError(_clock.GetUtcNow());
                _logger.LogError(ex, "Outbox dispatch round failed; retrying in {Delay}", Backoff(failedRounds));
            }

            await Task.Delay(Backoff(failedRounds++), _clock, cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    /// <summary>Publishes what is pending until nothing is left or the deadline passes (graceful shutdown); returns how many.</summary>
    public async Task<int> DrainAsync(TimeSpan deadline)
    {
        using var timeout = new CancellationTokenSource(deadline, _clock);
        var total = 0;
        try
        {
            OutboxRound round;
            do
            {
                round = await DispatchRoundAsync(BatchSize, timeout.Token);
                total += round.Published;
            }
            while (round is { Published: > 0, Failed: 0 });
        }
        catch (Exception ex)
        {
            _logger.LogWarning("Outbox drain at shutdown stopped ({Reason}); what is left is sent at the next start", ex.GetType().Name);
        }

        return total;
    }

    private TimeSpan Backoff(int failedRounds)
    {
        var factor = Math.Pow(2, Math.Min(failedRounds, 16));
        return TimeSpan.FromTicks((long)Math.Min(ErrorDelay.Ticks * factor, MaxErrorDelay.Ticks));
    }

    private async Task<bool> TryPublishAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(PublishTimeout);
        try
        {
            // WaitAsync as well as the token: a publish that ignores cancellation must not hold the round.
            await publisher.PublishAsync(message, deadline.Token).WaitAsync(PublishTimeout, _clock, cancellationToken);
            return true;
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            var timedOut = ex is TimeoutException || deadline.IsCancellationRequested;
            _logger.LogWarning(timedOut ? null : ex, "Publishing outbox message {MessageId} ({MessageType}) {Outcome}; retrying",
                message.MessageId, message.MessageType, timedOut ? $"got no confirm within {PublishTimeout}" : "failed");
            return false;
        }
    }
}

/// <summary>What one dispatch round did.</summary>
public sealed record OutboxRound(int Published, int Failed);
