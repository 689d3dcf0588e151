using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace MedCoder.Storage;

/// <summary>
/// Publishes unsent outbox messages and marks them sent (DESIGN §4). A crash between publish and mark
/// re-publishes the same message id next round; consumers are idempotent on it. Logs carry message id
/// and type only, never payloads (they hold PHI).
/// </summary>
public sealed class OutboxDispatcher(
    IEnumerable<IOutboxSource> sources, IOutboxPublisher publisher, ILogger<OutboxDispatcher>? logger = null)
{
    private readonly IOutboxSource[] _sources = sources.ToArray();
    private readonly ILogger _logger = logger ?? NullLogger<OutboxDispatcher>.Instance;

    /// <summary>Messages read per source per round by RunAsync.</summary>
    public int BatchSize { get; init; } = 100;

    /// <summary>Pause after a failed round (store or broker down) before trying again.</summary>
    public TimeSpan ErrorDelay { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>Publishes awaiting confirmation in parallel, this many at a time: one broker round trip per message in series was the pipeline's bottleneck.</summary>
    public int PublishConcurrency { get; init; } = 32;

    /// <summary>
    /// One round over every source; returns how many messages were published. Messages are independent
    /// (each names its encounter, revision and stage), so they are published concurrently; a failed one
    /// stays unmarked and ends that source's round, to be retried next round with the same id.
    /// </summary>
    public async Task<int> DispatchPendingAsync(int batchSize, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        var published = 0;
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

                if (outcomes.Any(o => !o.Ok))
                {
                    break;
                }
            }
        }

        return published;
    }

    /// <summary>
    /// Dispatches until nothing is pending, then waits for a signal or the poll interval. Errors are logged
    /// and retried after ErrorDelay; only cancellation ends the loop.
    /// </summary>
    public async Task RunAsync(OutboxSignal signal, TimeSpan pollInterval, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(signal);
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                int published;
                do
                {
                    published = await DispatchPendingAsync(BatchSize, cancellationToken);
                }
                while (published > 0);

                await signal.WaitAsync(pollInterval, cancellationToken);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                _logger.LogError(ex, "Outbox dispatch round failed; retrying in {Delay}", ErrorDelay);
                await Task.Delay(ErrorDelay, cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }

    private async Task<bool> TryPublishAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        try
        {
            await publisher.PublishAsync(message, cancellationToken);
            return true;
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            _logger.LogWarning(ex, "Publishing outbox message {MessageId} ({MessageType}) failed; retrying next round",
                message.MessageId, message.MessageType);
            return false;
        }
    }
}
