using MedCoder.Storage.Tests.Support;
using Microsoft.Data.Sqlite;

namespace MedCoder.Storage.Tests;

/// <summary>A store file written before the outbox dated its entries opens, keeps its pending messages and dates new ones.</summary>
public sealed class SqliteOutboxMigrationTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("medcoder-migration-").FullName;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    [Fact]
    public async Task Old_outbox_table_gains_enqueued_at_and_keeps_pending_rows()
    {
        var path = Path.Combine(_directory, "old.db");
        var old = Guid.NewGuid();
        using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = $"""
                CREATE TABLE "outbox_claims" (seq INTEGER PRIMARY KEY AUTOINCREMENT, doc_id TEXT NOT NULL, message_id TEXT NOT NULL,
                    message_type TEXT NOT NULL, payload TEXT NOT NULL, sent_at TEXT NULL, UNIQUE (doc_id, message_id));
                INSERT INTO "outbox_claims" (doc_id, message_id, message_type, payload) VALUES ('enc-old', '{old:D}', 'Type.Old', 'null');
                """;
            command.ExecuteNonQuery();
        }

        await using var store = new SqliteDocumentStore(path);
        var claims = store.Collection<Claim>("claims");
        await claims.InsertIfAbsentAsync(new DocumentWrite<Claim>("enc-new", Claim.Sample("x"), Outbox: [new OutboxMessage(Guid.NewGuid(), "Type.New", "{}")]));

        var backlog = await claims.OutboxBacklogAsync();
        Assert.Equal(2, backlog.Unsent);
        Assert.NotNull(backlog.OldestUnsentAt);
        Assert.Equal(old, (await claims.PendingOutboxAsync(10))[0].Message.MessageId);
    }
}
