using MassTransit;
using MedCoder.Storage;

namespace MedCoder.ServiceDefaults.Messaging;

/// <summary>Publishes outbox entries on the bus with their stored message id; RabbitMQ publisher confirms make the await durable.</summary>
public sealed class BusOutboxPublisher(IBus bus) : IOutboxPublisher
{
    public Task PublishAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var payload = OutboxMessages.Deserialize(message);
        return bus.Publish(payload, payload.GetType(), Pipe.Execute<PublishContext>(context => context.MessageId = message.MessageId), cancellationToken);
    }
}
