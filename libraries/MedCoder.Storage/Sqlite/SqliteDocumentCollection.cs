using System.Globalization;
using Microsoft.Data.Sqlite;

namespace MedCoder.Storage;

internal sealed class SqliteDocumentCollection<T>(SqliteDocumentStore store, SqliteTables tables)
    : IDocumentCollection<T> where T : class
{
    private const string Columns = "seq, id, version, partition, status, body, created_at, updated_at";

    public async Task<InsertOutcome<T>> InsertIfAbsentAsync(DocumentWrite<T> write, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(write);
        var now = DateTimeOffset.UtcNow;
        await using var connection = await store.OpenAsync(cancellationToken);
        // IMMEDIATE takes the write lock up front: concurrent inserters queue on busy_timeout
        // instead of failing a read-to-write lock upgrade.
        await using var transaction = connection.BeginTransaction(deferred: false);

        await using var insert = Command(connection, transaction,
            $"""
            INSERT INTO {tables.Docs} (id, version, partition, status, body, created_at, updated_at)
            VALUES ($id, 1, $partition, $status, $body, $now, $now)
            ON CONFLICT (id) DO NOTHING
            RETURNING seq;
            """);
        insert.Parameters.AddWithValue("$id", write.Id);
        insert.Parameters.AddWithValue("$partition", OrNull(write.Partition));
        insert.Parameters.AddWithValue("$status", OrNull(write.Status));
        insert.Parameters.AddWithValue("$body", StoreJson.Serialize(write.Body));
        insert.Parameters.AddWithValue("$now", Timestamp(now));
        var seq = await insert.ExecuteScalarAsync(cancellationToken);

        if (seq is null)
        {
            var existing = await GetAsync(connection, transaction, write.Id, cancellationToken)
                ?? throw new InvalidOperationException($"Document '{write.Id}' conflicted but was not found.");
            await transaction.CommitAsync(cancellationToken);
            return new InsertOutcome<T>(false, existing);
        }

        await AppendOutboxAsync(connection, transaction, write, now, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        var document = new Document<T>(write.Id, 1, (long)seq, write.Body, write.Partition, write.Status, now, now);
        return new InsertOutcome<T>(true, document);
    }

    public async Task<Document<T>?> GetAsync(string id, CancellationToken cancellationToken = default)
    {
        await using var connection = await store.OpenAsync(cancellationToken);
        return await GetAsync(connection, null, id, cancellationToken);
    }

    public async Task<bool> TryReplaceAsync(DocumentWrite<T> write, long expectedVersion, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(write);
        await using var connection = await store.OpenAsync(cancellationToken);
        await using var transaction = connection.BeginTransaction(deferred: false);

        await using var update = Command(connection, transaction,
            $"""
            UPDATE {tables.Docs}
            SET version = version + 1, partition = $partition, status = $status, body = $body, updated_at = $now
            WHERE id = $id AND version = $expected;
            """);
        update.Parameters.AddWithValue("$id", write.Id);
        update.Parameters.AddWithValue("$expected", expectedVersion);
        update.Parameters.AddWithValue("$partition", OrNull(write.Partition));
        update.Parameters.AddWithValue("$status", OrNull(write.Status));
        update.Parameters.AddWithValue("$body", StoreJson.Serialize(write.Body));
        var now = DateTimeOffset.UtcNow;
        update.Parameters.AddWithValue("$now", Timestamp(now));
        if (await update.ExecuteNonQueryAsync(cancellationToken) != 1)
        {
            return false;
        }

        await AppendOutboxAsync(connection, transaction, write, now, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    public async Task<Page<T>> QueryAsync(DocumentQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var limit = QueryLimits.Clamp(query.Limit);
        await using var connection = await store.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        var where = Filter(command, query.Partition, query.Status, query.AfterSequence);
        command.CommandText = $"SELECT {Columns} FROM {tables.Docs}{where} ORDER BY seq LIMIT $limit;";
        command.Parameters.AddWithValue("$limit", limit);

        var items = new List<Document<T>>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            items.Add(ReadDocument(reader));
        }

        return QueryLimits.ToPage(items, limit);
    }

    public async Task<long> CountAsync(string? partition = null, string? status = null, CancellationToken cancellationToken = default)
    {
        await using var connection = await store.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        var where = Filter(command, partition, status, afterSequence: null);
        command.CommandText = $"SELECT COUNT(*) FROM {tables.Docs}{where};";
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }

    public async Task<IReadOnlyList<PendingMessage>> PendingOutboxAsync(int limit, CancellationToken cancellationToken = default)
    {
        await using var connection = await store.OpenAsync(cancellationToken);
        await using var command = Command(connection, null,
            $"""
            SELECT doc_id, message_id, message_type, payload FROM {tables.Outbox}
            WHERE sent_at IS NULL ORDER BY seq LIMIT $limit;
            """);
        command.Parameters.AddWithValue("$limit", QueryLimits.Clamp(limit));

        var pending = new List<PendingMessage>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var message = new OutboxMessage(Guid.Parse(reader.GetString(1)), reader.GetString(2), reader.GetString(3));
            pending.Add(new PendingMessage(reader.GetString(0), message));
        }

        return pending;
    }

    public async Task MarkSentAsync(string documentId, Guid messageId, CancellationToken cancellationToken = default)
    {
        await using var connection = await store.OpenAsync(cancellationToken);
        // "sent_at IS NULL" keeps the first sent time when a message is marked twice.
        await using var command = Command(connection, null,
            $"""
            UPDATE {tables.Outbox} SET sent_at = $now
            WHERE doc_id = $doc AND message_id = $message AND sent_at IS NULL;
            """);
        command.Parameters.AddWithValue("$doc", documentId);
        command.Parameters.AddWithValue("$message", MessageKey(messageId));
        command.Parameters.AddWithValue("$now", Timestamp(DateTimeOffset.UtcNow));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<OutboxBacklog> OutboxBacklogAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await store.OpenAsync(cancellationToken);
        // Rows written before enqueued_at existed have no time: they count, but do not age the backlog.
        await using var command = Command(connection, null,
            $"SELECT COUNT(*), MIN(enqueued_at) FROM {tables.Outbox} WHERE sent_at IS NULL;");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        var unsent = reader.GetInt64(0);
        DateTimeOffset? oldest = reader.IsDBNull(1) ? null : ParseTimestamp(reader.GetString(1));
        return new OutboxBacklog(unsent, oldest);
    }

    private async Task<Document<T>?> GetAsync(
        SqliteConnection connection, SqliteTransaction? transaction, string id, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, transaction, $"SELECT {Columns} FROM {tables.Docs} WHERE id = $id;");
        command.Parameters.AddWithValue("$id", id);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? ReadDocument(reader) : null;
    }

    /// <summary>A message id already present on the document is skipped, so a retried write cannot double it.</summary>
    private async Task AppendOutboxAsync(
        SqliteConnection connection, SqliteTransaction transaction, DocumentWrite<T> write, DateTimeOffset now, CancellationToken cancellationToken)
    {
        foreach (var message in write.Outbox ?? [])
        {
            await using var command = Command(connection, transaction,
                $"""
                INSERT INTO {tables.Outbox} (doc_id, message_id, message_type, payload, enqueued_at)
                VALUES ($doc, $message, $type, $payload, $now)
                ON CONFLICT (doc_id, message_id) DO NOTHING;
                """);
            command.Parameters.AddWithValue("$doc", write.Id);
            command.Parameters.AddWithValue("$message", MessageKey(message.MessageId));
            command.Parameters.AddWithValue("$type", message.MessageType);
            command.Parameters.AddWithValue("$payload", message.Payload);
            command.Parameters.AddWithValue("$now", Timestamp(now));
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    /// <summary>Builds the WHERE clause from the filters that are set, so SQLite can pick the matching index.</summary>
    private static string Filter(SqliteCommand command, string? partition, string? status, long? afterSequence)
    {
        var conditions = new List<string>(3);
        if (partition is not null)
        {
            conditions.Add("partition = $partition");
            command.Parameters.AddWithValue("$partition", partition);
        }

        if (status is not null)
        {
            conditions.Add("status = $status");
            command.Parameters.AddWithValue("$status", status);
        }

        if (afterSequence is not null)
        {
            conditions.Add("seq > $after");
            command.Parameters.AddWithValue("$after", afterSequence.Value);
        }

        return conditions.Count == 0 ? "" : " WHERE " + string.Join(" AND ", conditions);
    }

    private static Document<T> ReadDocument(SqliteDataReader reader) => new(
        Id: reader.GetString(1),
        Version: reader.GetInt64(2),
        Sequence: reader.GetInt64(0),
        Body: StoreJson.Deserialize<T>(reader.GetString(5)),
        Partition: reader.IsDBNull(3) ? null : reader.GetString(3),
        Status: reader.IsDBNull(4) ? null : reader.GetString(4),
        CreatedAt: ParseTimestamp(reader.GetString(6)),
        UpdatedAt: ParseTimestamp(reader.GetString(7)));

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction? transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }

    private static object OrNull(string? value) => value is null ? DBNull.Value : value;

    private static string MessageKey(Guid messageId) => messageId.ToString("D");

    private static string Timestamp(DateTimeOffset value) => value.UtcDateTime.ToString("O", CultureInfo.InvariantCulture);

    private static DateTimeOffset ParseTimestamp(string value) =>
        DateTimeOffset.Parse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
}
