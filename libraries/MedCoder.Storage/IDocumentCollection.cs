namespace MedCoder.Storage;

/// <summary>
/// The store port every service builds on: insert-if-absent by key, get, compare-and-set replace,
/// indexed queries, and the outbox carried inside each document.
/// </summary>
public interface IDocumentCollection<T> : IOutboxSource where T : class
{
    /// <summary>Inserts the document and its outbox atomically, or returns the existing one untouched.</summary>
    Task<InsertOutcome<T>> InsertIfAbsentAsync(DocumentWrite<T> write, CancellationToken cancellationToken = default);

    Task<Document<T>?> GetAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>
    /// Replaces body and indexed fields when the stored version equals expectedVersion, appending
    /// write.Outbox to the pending messages in the same atomic write. False when the version moved.
    /// </summary>
    Task<bool> TryReplaceAsync(DocumentWrite<T> write, long expectedVersion, CancellationToken cancellationToken = default);

    Task<Page<T>> QueryAsync(DocumentQuery query, CancellationToken cancellationToken = default);

    Task<long> CountAsync(string? partition = null, string? status = null, CancellationToken cancellationToken = default);

}

/// <summary>The outbox side of a collection, read by the dispatcher.</summary>
public interface IOutboxSource
{
    /// <summary>Unsent outbox messages, oldest first.</summary>
    Task<IReadOnlyList<PendingMessage>> PendingOutboxAsync(int limit, CancellationToken cancellationToken = default);

    Task MarkSentAsync(string documentId, Guid messageId, CancellationToken cancellationToken = default);

    /// <summary>How many messages wait to be sent and since when the oldest has waited (docs/architecture.md#outbox).</summary>
    Task<OutboxBacklog> OutboxBacklogAsync(CancellationToken cancellationToken = default);
}

/// <summary>Publishes one outbox message to the bus and returns once the broker confirmed it.</summary>
public interface IOutboxPublisher
{
    Task PublishAsync(OutboxMessage message, CancellationToken cancellationToken);
}

/// <summary>One service's database: its collections and a liveness probe.</summary>
public interface IDocumentStore : IAsyncDisposable
{
    string Name { get; }

    IDocumentCollection<T> Collection<T>(string name) where T : class;

    Task<bool> PingAsync(CancellationToken cancellationToken = default);
}
