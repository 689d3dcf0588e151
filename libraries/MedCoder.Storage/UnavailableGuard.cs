namespace MedCoder.Storage;

/// <summary>
/// Wraps a collection so that an adapter's "cannot store now" failures surface as one StoreUnavailableException,
/// and callers (the HTTP layer) need not know SQLite or MongoDB exception types.
/// </summary>
internal sealed class UnavailableGuard<T>(IDocumentCollection<T> inner, string store, Func<Exception, bool> isUnavailable)
    : IDocumentCollection<T> where T : class
{
    public Task<InsertOutcome<T>> InsertIfAbsentAsync(DocumentWrite<T> write, CancellationToken cancellationToken = default) =>
        Guard(() => inner.InsertIfAbsentAsync(write, cancellationToken));

    public Task<Document<T>?> GetAsync(string id, CancellationToken cancellationToken = default) =>
        Guard(() => inner.GetAsync(id, cancellationToken));

    public Task<bool> TryReplaceAsync(DocumentWrite<T> write, long expectedVersion, CancellationToken cancellationToken = default) =>
        Guard(() => inner.TryReplaceAsync(write, expectedVersion, cancellationToken));

    public Task<Page<T>> QueryAsync(DocumentQuery query, CancellationToken cancellationToken = default) =>
        Guard(() => inner.QueryAsync(query, cancellationToken));

    public Task<long> CountAsync(string? partition = null, string? status = null, CancellationToken cancellationToken = default) =>
        Guard(() => inner.CountAsync(partition, status, cancellationToken));

    public Task<IReadOnlyList<PendingMessage>> PendingOutboxAsync(int limit, CancellationToken cancellationToken = default) =>
        Guard(() => inner.PendingOutboxAsync(limit, cancellationToken));

    public Task<OutboxBacklog> OutboxBacklogAsync(CancellationToken cancellationToken = default) =>
        Guard(() => inner.OutboxBacklogAsync(cancellationToken));

    public Task MarkSentAsync(string documentId, Guid messageId, CancellationToken cancellationToken = default) =>
        Guard(async () =>
        {
            await inner.MarkSentAsync(documentId, messageId, cancellationToken);
            return true;
        });

    private async Task<TResult> Guard<TResult>(Func<Task<TResult>> operation)
    {
        try
        {
            return await operation();
        }
        catch (Exception ex) when (isUnavailable(ex))
        {
            throw StoreUnavailableException.For(store, ex);
        }
    }
}
