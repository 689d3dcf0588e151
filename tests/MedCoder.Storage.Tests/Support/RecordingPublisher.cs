using System.Collections.Concurrent;

namespace MedCoder.Storage.Tests.Support;

/// <summary>Fake broker: records confirmed publishes and can refuse chosen messages once.</summary>
public sealed class RecordingPublisher : IOutboxPublisher
{
    private readonly ConcurrentQueue<OutboxMessage> _published = new();
    private readonly ConcurrentDictionary<Guid, bool> _failOnce = new();

    public IReadOnlyList<OutboxMessage> Published => _published.ToArray();

    public void FailOnceOn(Guid messageId) => _failOnce[messageId] = true;

    public Task PublishAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        if (_failOnce.TryRemove(message.MessageId, out _))
        {
            throw new InvalidOperationException("Broker did not confirm.");
        }

        _published.Enqueue(message);
        return Task.CompletedTask;
    }
}
