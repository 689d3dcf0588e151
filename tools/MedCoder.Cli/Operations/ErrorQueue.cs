using System.Text;
using RabbitMQ.Client;

namespace MedCoder.Cli.Operations;

/// <summary>A message parked in a queue's _error queue: its id, why it failed (exception type, never the payload) and when.</summary>
public sealed record ParkedMessage(string? MessageId, string? ExceptionType, string? FailedAt);

/// <summary>
/// Moves messages that exhausted their retries from "{queue}_error" back to "{queue}" once the cause is
/// fixed (README, "Failed messages"). The fault headers MassTransit added are dropped, so a second failure
/// records its own reason; messages not chosen stay in the error queue.
/// </summary>
public sealed class ErrorQueue(IChannel channel, string queue)
{
    private const string FaultHeaderPrefix = "MT-Fault-";
    private const string ReasonHeader = "MT-Reason";

    public string Name => queue + "_error";

    public static async Task<ErrorQueue> OpenAsync(IChannel channel, string queue, CancellationToken cancellationToken)
    {
        // Both must exist: a typo must not create queues or publish into nowhere.
        await channel.QueueDeclarePassiveAsync(queue, cancellationToken);
        await channel.QueueDeclarePassiveAsync(queue + "_error", cancellationToken);
        return new ErrorQueue(channel, queue);
    }

    public async Task<IReadOnlyList<ParkedMessage>> ListAsync(CancellationToken cancellationToken)
    {
        var seen = new List<ParkedMessage>();
        var held = new List<ulong>();
        try
        {
            await foreach (var message in ParkedAsync(cancellationToken))
            {
                held.Add(message.DeliveryTag);
                seen.Add(Describe(message.BasicProperties));
            }
        }
        finally
        {
            await ReturnAsync(held);
        }

        return seen;
    }

    /// <summary>Moves every message (messageId null) or the one with that id; returns the ids moved.</summary>
    public async Task<IReadOnlyList<string?>> ReplayAsync(string? messageId, CancellationToken cancellationToken)
    {
        var moved = new List<string?>();
        var held = new List<ulong>();
        try
        {
            await foreach (var message in ParkedAsync(cancellationToken))
            {
                if (messageId is not null && !string.Equals(message.BasicProperties.MessageId, messageId, StringComparison.OrdinalIgnoreCase))
                {
                    held.Add(message.DeliveryTag);
                    continue;
                }

                var properties = new BasicProperties(message.BasicProperties)
                {
                    Headers = message.BasicProperties.Headers?
                        .Where(h => !h.Key.StartsWith(FaultHeaderPrefix, StringComparison.Ordinal) && h.Key != ReasonHeader)
                        .ToDictionary(h => h.Key, h => h.Value),
                };

                // Confirmed before the ack: a crash in between leaves a copy in both queues, never in neither
                // (the consumers are idempotent on the message id).
                await channel.BasicPublishAsync(string.Empty, queue, mandatory: true, properties, message.Body, cancellationToken);
                await channel.BasicAckAsync(message.DeliveryTag, multiple: false, cancellationToken);
                moved.Add(message.BasicProperties.MessageId);
                if (messageId is not null)
                {
                    break;
                }
            }
        }
        finally
        {
            await ReturnAsync(held);
        }

        return moved;
    }

    /// <summary>
    /// The messages parked when the call began, each once: a replayed message that fails again and returns
    /// is left for the next run instead of looping. A requeue from an earlier call may land a moment late.
    /// </summary>
    private async IAsyncEnumerable<BasicGetResult> ParkedAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var parked = await channel.MessageCountAsync(Name, cancellationToken);
        var patience = DateTime.UtcNow.AddSeconds(5);
        for (var taken = 0u; taken < parked && DateTime.UtcNow < patience;)
        {
            if (await channel.BasicGetAsync(Name, autoAck: false, cancellationToken) is { } message)
            {
                taken++;
                patience = DateTime.UtcNow.AddSeconds(5);
                yield return message;
            }
            else
            {
                await Task.Delay(50, cancellationToken);
            }
        }
    }

    private async Task ReturnAsync(List<ulong> held)
    {
        foreach (var tag in held)
        {
            await channel.BasicNackAsync(tag, multiple: false, requeue: true);
        }

        // A requeue lands a moment after the nack; wait for it so the next read of the queue sees every message.
        var deadline = DateTime.UtcNow.AddSeconds(5);
        while (held.Count > 0 && await channel.MessageCountAsync(Name) < held.Count && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20);
        }
    }

    private static ParkedMessage Describe(IReadOnlyBasicProperties properties) =>
        new(properties.MessageId, Header(properties, FaultHeaderPrefix + "ExceptionType"), Header(properties, FaultHeaderPrefix + "Timestamp"));

    private static string? Header(IReadOnlyBasicProperties properties, string name) =>
        properties.Headers?.TryGetValue(name, out var value) == true
            ? value switch { byte[] bytes => Encoding.UTF8.GetString(bytes), null => null, _ => value.ToString() }
            : null;
}
