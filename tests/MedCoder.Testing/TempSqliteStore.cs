using MedCoder.Storage;
using Microsoft.Data.Sqlite;

namespace MedCoder.Testing;

/// <summary>A real SQLite store in a temp file, deleted on dispose.</summary>
public sealed class TempSqliteStore : IAsyncDisposable
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"medcoder-test-{Guid.NewGuid():N}.db");

    public TempSqliteStore() => Store = new SqliteDocumentStore(_file);

    public SqliteDocumentStore Store { get; }

    public OutboxSignal Signal { get; } = new();

    public async ValueTask DisposeAsync()
    {
        await Store.DisposeAsync();
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _file, _file + "-wal", _file + "-shm" })
        {
            File.Delete(file);
        }
    }
}
