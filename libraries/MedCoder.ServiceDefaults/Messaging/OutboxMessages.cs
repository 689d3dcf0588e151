using System.Text.Json;
using MedCoder.Contracts;
using MedCoder.Storage;

namespace MedCoder.ServiceDefaults.Messaging;

/// <summary>Turns a contract message into an outbox entry with its deterministic message id (docs/architecture.md#deterministic-ids, #outbox).</summary>
public static class OutboxMessages
{
    public static OutboxMessage For<T>(T message, string stage) where T : class, IEncounterMessage =>
        new(DeterministicId.MessageId(message.Key, message.Revision, stage), typeof(T).FullName!, JsonSerializer.Serialize(message, StoreJson.Options));

    public static object Deserialize(OutboxMessage message) =>
        JsonSerializer.Deserialize(message.Payload, MessageTypes.Resolve(message.MessageType), StoreJson.Options)
        ?? throw new InvalidOperationException($"Outbox message {message.MessageId} has an empty payload");
}
