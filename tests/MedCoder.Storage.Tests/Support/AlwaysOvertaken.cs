namespace MedCoder.Storage.Tests.Support;

/// <summary>A collection where another writer replaces the document just before every compare-and-set of ours.</summary>
public sealed class AlwaysOvertaken<T>(IDocumentCollection<T> inner) : IDocumentCollection<T> where T : class
{
    public int Overtaken { get; private set; }

    public async Task<bool> TryReplaceAsync(DocumentWrite<T> write, long expectedVersion, CancellationToken cancellationToken = default)
    {
        var current = await inner.GetAsync(write.Id, cancellationToken);
        if (current is not null && await inner.TryReplaceAsync(write with { Body = current.Body, Outbox = null }, current.Version, cancellationToken))
        {
            Overtaken++;
        }

        return await inner.TryReplaceAsync(write, expectedVersion, cancellationToken);
    }

    public Task<InsertOutcome<T>> InsertIfAbsentAsync(DocumentWrite<T> write, CancellationToken cancellationToken = default) =>
        inner.InsertIfAbsentAsync(write, cancellationToken);

    public Task<Document<T>?> GetAsync(string id, CancellationToken cancellationToken = default) => inner.GetAsync(id, cancellationToken);

    public Task<Page<T>> QueryAsync(DocumentQuery query, CancellationToken cancellationToken = default) => inner.QueryAsync(query, cancellationToken);

    public Task<long> CountAsync(string? partition = null, string? status = null, CancellationToken cancellationToken = default) =>
        inner.CountAsync(partition, status, cancellationToken);

    public Task<IReadOnlyList<PendingMessage>> PendingOutboxAsync(int limit, CancellationToken cancellationToken = default) =>
        inner.PendingOutboxAsync(limit, cancellationToken);

    public Task MarkSentAsync(string documentId, Guid messageId, CancellationToken cancellationToken = default) =>
        inner.MarkSentAsync(documentId, messageId, cancellationToken);

    public Task<OutboxBacklog> OutboxBacklogAsync(CancellationToken cancellationToken = default) => inner.OutboxBacklogAsync(cancellationToken);
}
