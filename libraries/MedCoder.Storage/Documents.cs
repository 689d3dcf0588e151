namespace MedCoder.Storage;

/// <summary>A message to publish once the record that carries it is durable (state-embedded outbox, docs/architecture.md#outbox).</summary>
/// <param name="MessageType">Full name of the contract type (MassTransit's wire identity).</param>
/// <param name="Payload">The message serialized as JSON.</param>
public sealed record OutboxMessage(Guid MessageId, string MessageType, string Payload);

/// <summary>What a writer stores: the body, two indexed fields and the messages to publish with it.</summary>
public sealed record DocumentWrite<T>(
    string Id,
    T Body,
    string? Partition = null,
    string? Status = null,
    IReadOnlyList<OutboxMessage>? Outbox = null)
    where T : class;

/// <summary>A stored document. Version increases on every replace; Sequence is the insertion order (cursor paging).</summary>
public sealed record Document<T>(
    string Id,
    long Version,
    long Sequence,
    T Body,
    string? Partition,
    string? Status,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt)
    where T : class;

public sealed record InsertOutcome<T>(bool Inserted, Document<T> Document) where T : class;

/// <summary>Filter on the indexed fields, in insertion order after an optional cursor.</summary>
public sealed record DocumentQuery(string? Partition = null, string? Status = null, long? AfterSequence = null, int Limit = 100);

public sealed record Page<T>(IReadOnlyList<Document<T>> Items, long? NextCursor) where T : class;

public sealed record PendingMessage(string DocumentId, OutboxMessage Message);

/// <summary>Unsent outbox messages of a collection and when the oldest of them was written (null when none).</summary>
public sealed record OutboxBacklog(long Unsent, DateTimeOffset? OldestUnsentAt)
{
    public static readonly OutboxBacklog Empty = new(0, null);

    /// <summary>Sums backlogs of several collections; the oldest entry of all is the one that counts.</summary>
    public OutboxBacklog Plus(OutboxBacklog other) => new(
        Unsent + other.Unsent,
        (OldestUnsentAt, other.OldestUnsentAt) switch
        {
            (null, var b) => b,
            (var a, null) => a,
            var (a, b) => a < b ? a : b,
        });

    public TimeSpan OldestAge(DateTimeOffset now) => OldestUnsentAt is { } oldest && now > oldest ? now - oldest : TimeSpan.Zero;
}
