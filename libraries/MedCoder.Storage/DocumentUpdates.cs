namespace MedCoder.Storage;

/// <summary>
/// Read, change, compare-and-set, retry: the one way to change a document that other writers may change at the same
/// time (docs/architecture.md#stores). A lost race re-reads the document and asks the change again.
/// </summary>
public static class DocumentUpdates
{
    /// <summary>Writers that lose this many races in a row give up; contention on one document is brief in MedCoder.</summary>
    public const int MaxAttempts = 50;

    /// <param name="change">
    /// Given the stored document (null when there is none), the write to make, or null for "no change". It may be
    /// called several times, each time with a newer document, so it must not have side effects.
    /// A write for an absent document inserts it (if no other writer inserted it first).
    /// </param>
    /// <exception cref="ConcurrentUpdateException">Other writers won <see cref="MaxAttempts"/> races in a row.</exception>
    public static async Task<DocumentUpdate<T>> UpdateAsync<T>(
        this IDocumentCollection<T> collection,
        string id,
        Func<Document<T>?, DocumentWrite<T>?> change,
        CancellationToken cancellationToken = default)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(collection);
        ArgumentNullException.ThrowIfNull(change);
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            var current = await collection.GetAsync(id, cancellationToken);
            if (change(current) is not { } write)
            {
                return new DocumentUpdate<T>(false, current?.Body);
            }

            if (write.Id != id)
            {
                throw new ArgumentException("The change must write the document it was given.", nameof(change));
            }

            var written = current is null
                ? (await collection.InsertIfAbsentAsync(write, cancellationToken)).Inserted
                : await collection.TryReplaceAsync(write, current.Version, cancellationToken);
            if (written)
            {
                return new DocumentUpdate<T>(true, write.Body);
            }
        }

        throw new ConcurrentUpdateException(MaxAttempts);
    }
}

/// <summary>What an update left stored: the new body, or the current one when nothing changed (null: no document).</summary>
public sealed record DocumentUpdate<T>(bool Changed, T? Body) where T : class;
