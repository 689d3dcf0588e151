using MongoDB.Bson;
using MongoDB.Driver;
using Field = MedCoder.Storage.MongoFields;

namespace MedCoder.Storage;

internal sealed class MongoDocumentCollection<T>(
    IMongoCollection<BsonDocument> documents, MongoSequence sequence, OnceAsync indexes)
    : IDocumentCollection<T> where T : class
{
    private static readonly FilterDefinitionBuilder<BsonDocument> Filter = Builders<BsonDocument>.Filter;
    private static readonly UpdateDefinitionBuilder<BsonDocument> Update = Builders<BsonDocument>.Update;
    private static readonly ProjectionDefinition<BsonDocument> WithoutOutbox = Builders<BsonDocument>.Projection.Exclude(Field.Outbox);

    public async Task<InsertOutcome<T>> InsertIfAbsentAsync(DocumentWrite<T> write, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(write);
        await indexes.EnsureAsync(cancellationToken);

        // Redeliveries are the common case: answering them from a read spares a counter increment.
        var existing = await GetAsync(write.Id, cancellationToken);
        if (existing is not null)
        {
            return new InsertOutcome<T>(false, existing);
        }

        var seq = await sequence.NextAsync(cancellationToken);
        var now = Now();
        var document = new BsonDocument
        {
            { Field.Id, write.Id },
            { Field.Version, 1L },
            { Field.Sequence, seq },
            { Field.Partition, OrNull(write.Partition) },
            { Field.Status, OrNull(write.Status) },
            { Field.Body, BsonBody.ToBson(write.Body) },
            { Field.CreatedAt, new BsonDateTime(now.UtcDateTime) },
            { Field.UpdatedAt, new BsonDateTime(now.UtcDateTime) },
            { Field.Outbox, new BsonArray(NewMessages(write.Outbox, []).Select(m => ToBson(m, seq, now))) },
        };

        try
        {
            await documents.InsertOneAsync(document, cancellationToken: cancellationToken);
        }
        catch (MongoWriteException ex) when (ex.WriteError?.Category == ServerErrorCategory.DuplicateKey)
        {
            var winner = await GetAsync(write.Id, cancellationToken)
                ?? throw new InvalidOperationException($"Document '{write.Id}' conflicted but was not found.");
            return new InsertOutcome<T>(false, winner);
        }

        return new InsertOutcome<T>(true, new Document<T>(write.Id, 1, seq, write.Body, write.Partition, write.Status, now, now));
    }

    public async Task<Document<T>?> GetAsync(string id, CancellationToken cancellationToken = default)
    {
        var document = await documents.Find(Filter.Eq(Field.Id, id)).Project(WithoutOutbox).FirstOrDefaultAsync(cancellationToken);
        return document is null ? null : ToDocument(document);
    }

    public async Task<bool> TryReplaceAsync(DocumentWrite<T> write, long expectedVersion, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(write);

        // Read the message ids first to skip those already present. Safe: the update below only applies
        // at expectedVersion, and the set of ids changes only together with the version.
        var current = await documents.Find(Filter.Eq(Field.Id, write.Id))
            .Project(Builders<BsonDocument>.Projection.Include(Field.Version).Include(Field.OutboxMessageId))
            .FirstOrDefaultAsync(cancellationToken);
        if (current is null || current[Field.Version].ToInt64() != expectedVersion)
        {
            return false;
        }

        var known = current.GetValue(Field.Outbox, new BsonArray()).AsBsonArray.Select(m => m[Field.MessageId].AsString);
        var fresh = NewMessages(write.Outbox, known);

        var now = Now();
        var update = Update
            .Set(Field.Body, BsonBody.ToBson(write.Body))
            .Set(Field.Partition, OrNull(write.Partition))
            .Set(Field.Status, OrNull(write.Status))
            .Set(Field.UpdatedAt, new BsonDateTime(now.UtcDateTime))
            .Inc(Field.Version, 1L);
        if (fresh.Count > 0)
        {
            // Appended messages get their own sequence so pending stays ordered oldest first across documents.
            var seq = await sequence.NextAsync(cancellationToken);
            update = update.PushEach(Field.Outbox, fresh.Select(m => ToBson(m, seq, now)));
        }

        var result = await documents.UpdateOneAsync(
            Filter.Eq(Field.Id, write.Id) & Filter.Eq(Field.Version, expectedVersion), update, cancellationToken: cancellationToken);
        return result.MatchedCount == 1;
    }

    public async Task<Page<T>> QueryAsync(DocumentQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        await indexes.EnsureAsync(cancellationToken);
        var limit = QueryLimits.Clamp(query.Limit);
        var found = await documents.Find(Where(query.Partition, query.Status, query.AfterSequence))
            .Sort(Builders<BsonDocument>.Sort.Ascending(Field.Sequence))
            .Limit(limit)
            .Project(WithoutOutbox)
            .ToListAsync(cancellationToken);
        return QueryLimits.ToPage(found.Select(ToDocument).ToList(), limit);
    }

    public Task<long> CountAsync(string? partition = null, string? status = null, CancellationToken cancellationToken = default) =>
        documents.CountDocumentsAsync(Where(partition, status, afterSequence: null), cancellationToken: cancellationToken);

    public async Task<IReadOnlyList<PendingMessage>> PendingOutboxAsync(int limit, CancellationToken cancellationToken = default)
    {
        await indexes.EnsureAsync(cancellationToken);
        var outboxSequence = $"{Field.Outbox}.{Field.Sequence}";
        BsonDocument[] pipeline =
        [
            // $elemMatch, unlike {"outbox.sentAt": null}, does not match documents with an empty outbox.
            new("$match", new BsonDocument(Field.Outbox, new BsonDocument("$elemMatch", new BsonDocument(Field.SentAt, BsonNull.Value)))),
            new("$unwind", new BsonDocument { { "path", "$" + Field.Outbox }, { "includeArrayIndex", "position" } }),
            new("$match", new BsonDocument(Field.OutboxSentAt, BsonNull.Value)),
            new("$sort", new BsonDocument { { outboxSequence, 1 }, { "position", 1 } }),
            new("$limit", QueryLimits.Clamp(limit)),
            new("$project", new BsonDocument(Field.Outbox, 1)),
        ];

        var rows = await documents.Aggregate<BsonDocument>(pipeline, cancellationToken: cancellationToken).ToListAsync(cancellationToken);
        return rows.Select(row =>
        {
            var message = row[Field.Outbox].AsBsonDocument;
            return new PendingMessage(
                row[Field.Id].AsString,
                new OutboxMessage(Guid.Parse(message[Field.MessageId].AsString), message[Field.MessageType].AsString, message[Field.Payload].AsString));
        }).ToList();
    }

    public async Task<OutboxBacklog> OutboxBacklogAsync(CancellationToken cancellationToken = default)
    {
        await indexes.EnsureAsync(cancellationToken);
        BsonDocument[] pipeline =
        [
            new("$match", new BsonDocument(Field.Outbox, new BsonDocument("$elemMatch", new BsonDocument(Field.SentAt, BsonNull.Value)))),
            new("$unwind", "$" + Field.Outbox),
            new("$match", new BsonDocument(Field.OutboxSentAt, BsonNull.Value)),
            new("$group", new BsonDocument
            {
                { "_id", BsonNull.Value },
                { "unsent", new BsonDocument("$sum", 1) },
                // $min ignores missing fields: entries written before enqueuedAt existed count but do not age the backlog.
                { "oldest", new BsonDocument("$min", $"${Field.Outbox}.{Field.EnqueuedAt}") },
            }),
        ];

        var row = await documents.Aggregate<BsonDocument>(pipeline, cancellationToken: cancellationToken).FirstOrDefaultAsync(cancellationToken);
        if (row is null)
        {
            return OutboxBacklog.Empty;
        }

        var oldest = row.GetValue("oldest", BsonNull.Value);
        return new OutboxBacklog(
            row["unsent"].ToInt64(),
            oldest.IsBsonNull ? null : new DateTimeOffset(oldest.ToUniversalTime(), TimeSpan.Zero));
    }

    public Task MarkSentAsync(string documentId, Guid messageId, CancellationToken cancellationToken = default)
    {
        // The filter on sentAt null makes a second mark a no-op that keeps the first sent time.
        var options = new UpdateOptions
        {
            ArrayFilters =
            [
                new BsonDocumentArrayFilterDefinition<BsonDocument>(
                    new BsonDocument { { "m." + Field.MessageId, MessageKey(messageId) }, { "m." + Field.SentAt, BsonNull.Value } }),
            ],
        };
        return documents.UpdateOneAsync(
            Filter.Eq(Field.Id, documentId),
            Update.Set($"{Field.Outbox}.$[m].{Field.SentAt}", new BsonDateTime(DateTime.UtcNow)),
            options,
            cancellationToken);
    }

    private static FilterDefinition<BsonDocument> Where(string? partition, string? status, long? afterSequence)
    {
        var filter = Filter.Empty;
        if (partition is not null)
        {
            filter &= Filter.Eq(Field.Partition, partition);
        }

        if (status is not null)
        {
            filter &= Filter.Eq(Field.Status, status);
        }

        if (afterSequence is not null)
        {
            filter &= Filter.Gt(Field.Sequence, afterSequence.Value);
        }

        return filter;
    }

    /// <summary>Messages to append: ids already on the document or repeated in the write are skipped.</summary>
    private static List<OutboxMessage> NewMessages(IEnumerable<OutboxMessage>? messages, IEnumerable<string> known)
    {
        var seen = new HashSet<string>(known);
        return (messages ?? []).Where(m => seen.Add(MessageKey(m.MessageId))).ToList();
    }

    private static BsonDocument ToBson(OutboxMessage message, long seq, DateTimeOffset enqueuedAt) => new()
    {
        { Field.EnqueuedAt, new BsonDateTime(enqueuedAt.UtcDateTime) },
        { Field.MessageId, MessageKey(message.MessageId) },
        { Field.MessageType, message.MessageType },
        { Field.Payload, message.Payload },
        { Field.Sequence, seq },
        { Field.SentAt, BsonNull.Value },
    };

    private static Document<T> ToDocument(BsonDocument document) => new(
        Id: document[Field.Id].AsString,
        Version: document[Field.Version].ToInt64(),
        Sequence: document[Field.Sequence].ToInt64(),
        Body: BsonBody.FromBson<T>(document[Field.Body].AsBsonDocument),
        Partition: StringOrNull(document.GetValue(Field.Partition, BsonNull.Value)),
        Status: StringOrNull(document.GetValue(Field.Status, BsonNull.Value)),
        CreatedAt: new DateTimeOffset(document[Field.CreatedAt].ToUniversalTime(), TimeSpan.Zero),
        UpdatedAt: new DateTimeOffset(document[Field.UpdatedAt].ToUniversalTime(), TimeSpan.Zero));

    private static BsonValue OrNull(string? value) => value is null ? BsonNull.Value : new BsonString(value);

    private static string? StringOrNull(BsonValue value) => value.IsBsonNull ? null : value.AsString;

    private static string MessageKey(Guid messageId) => messageId.ToString("D");

    /// <summary>BSON dates hold milliseconds; truncating here makes a returned document equal a re-read one.</summary>
    private static DateTimeOffset Now() => DateTimeOffset.FromUnixTimeMilliseconds(DateTimeOffset.UtcNow.ToUnixTimeMilliseconds());
}
