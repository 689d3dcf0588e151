using System.Collections.Concurrent;

namespace MedCoder.Storage.Tests.Support;

/// <summary>Fake broker: records confirmed publishes and can refuse chosen messages once.</summary>
public sealed class RecordingPublisher : IOutboxPublisher
{
    private readonly ConcurrentQueue<OutboxMessage> _published = new();
    private readonly ConcurrentDictionary<Guid, bool> _failOnce = new();
    private readonly ConcurrentDictionary<Guid, bool> _hangOnce = new();

    public IReadOnlyList<OutboxMessage> Published => _published.ToArray();

    public void FailOnceOn(Guid messageId) => _failOnce[messageId] = true;

    /// <summary>The next publish of this message never completes and ignores cancellation, like a confirm lost with its channel.</summary>
    public void HangOnceOn(Guid messageId) => _hangOnce[messageId] = true;

    public Task PublishAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        if (_failOnce.TryRemove(message.MessageId, out _))
        {
            throw new InvalidOperationException("Broker did not confirm.");
        }

        if (_hangOnce.TryRemove(message.MessageId, out _))
        {
            return new TaskCompletionSource().Task;
        }

        _published.Enqueue(message);
        return Task.CompletedTask;
    }
}
