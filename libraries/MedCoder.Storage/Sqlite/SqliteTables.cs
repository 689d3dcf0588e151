namespace MedCoder.Storage;

/// <summary>Table names and DDL of one collection. Identifiers come from validated collection names only.</summary>
internal sealed class SqliteTables(string identifier)
{
    public string Docs { get; } = $"\"docs_{identifier}\"";

    public string Outbox { get; } = $"\"outbox_{identifier}\"";

    /// <summary>
    /// seq is the rowid alias (AUTOINCREMENT: never reused, and assigned under SQLite's single writer,
    /// so cursor paging cannot skip a row committed later with a smaller seq); id is the unique key.
    /// </summary>
    public string Schema =>
        $"""
        CREATE TABLE IF NOT EXISTS {Docs} (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            id TEXT NOT NULL UNIQUE,
            version INTEGER NOT NULL,
            partition TEXT NULL,
            status TEXT NULL,
            body TEXT NOT NULL,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL);
        CREATE INDEX IF NOT EXISTS "ix_docs_{identifier}_partition" ON {Docs} (partition, seq);
        CREATE INDEX IF NOT EXISTS "ix_docs_{identifier}_status" ON {Docs} (status, seq);
        CREATE TABLE IF NOT EXISTS {Outbox} (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            doc_id TEXT NOT NULL,
            message_id TEXT NOT NULL,
            message_type TEXT NOT NULL,
            payload TEXT NOT NULL,
            sent_at TEXT NULL,
            enqueued_at TEXT NULL,
            UNIQUE (doc_id, message_id));
        CREATE INDEX IF NOT EXISTS "ix_outbox_{identifier}_unsent" ON {Outbox} (seq) WHERE sent_at IS NULL;
        """;

    /// <summary>Files written before the outbox recorded when an entry was enqueued get the column (null for old rows).</summary>
    public string AddEnqueuedAt => $"ALTER TABLE {Outbox} ADD COLUMN enqueued_at TEXT NULL;";
}
