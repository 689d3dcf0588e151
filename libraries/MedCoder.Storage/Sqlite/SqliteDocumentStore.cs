using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;

namespace MedCoder.Storage;

/// <summary>
/// Embedded store: one SQLite file per service, WAL so readers never block the single writer.
/// A pooled connection per operation keeps it safe to share across threads.
/// </summary>
public sealed class SqliteDocumentStore : IDocumentStore
{
    // Primary result codes; the low byte of an extended code is its primary code.
    private const int SQLITE_BUSY = 5, SQLITE_LOCKED = 6, SQLITE_READONLY = 8, SQLITE_IOERR = 10, SQLITE_FULL = 13, SQLITE_CANTOPEN = 14;

    // Per-connection settings; journal_mode=WAL is persistent in the file and set once in the ctor.
    private const string ConnectionPragmas = "PRAGMA busy_timeout = 5000; PRAGMA synchronous = NORMAL;";

    private readonly string _connectionString;
    private readonly ConcurrentDictionary<string, SqliteTables> _tables = new();
    private bool _disposed;

    public SqliteDocumentStore(string filePath)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(filePath);
        Name = Path.GetFileNameWithoutExtension(filePath);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = filePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            // Microsoft.Data.Sqlite retries a busy statement until this timeout (30 s by default) on top of
            // busy_timeout; a locked file should answer 503 within seconds, not hold the request that long.
            DefaultTimeout = 5,
        }.ToString();

        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode = WAL;";
        command.ExecuteNonQuery();
    }

    public string Name { get; }

    public IDocumentCollection<T> Collection<T>(string name) where T : class
    {
        CollectionName.Validate(name, nameof(name));
        SqliteTables tables;
        try
        {
            tables = _tables.GetOrAdd(CollectionName.ToIdentifier(name), CreateTables);
        }
        catch (Exception ex) when (IsUnavailable(ex))
        {
            throw StoreUnavailableException.For(Name, ex);
        }

        return new UnavailableGuard<T>(new SqliteDocumentCollection<T>(this, tables), Name, IsUnavailable);
    }

    /// <summary>Failures of the file rather than the operation: full, busy, locked, I/O, read-only, cannot open.</summary>
    internal static bool IsUnavailable(Exception exception) =>
        exception is SqliteException sqlite && (sqlite.SqliteErrorCode & 0xFF) is SQLITE_BUSY or SQLITE_LOCKED or SQLITE_READONLY or SQLITE_IOERR or SQLITE_FULL or SQLITE_CANTOPEN;

    public async Task<bool> PingAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            await using var connection = await OpenAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT 1;";
            return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken)) == 1;
        }
        catch (SqliteException)
        {
            return false;
        }
    }

    public ValueTask DisposeAsync()
    {
        _disposed = true;
        // Pooled connections keep the file open; release them so the file can be reopened or removed.
        using var connection = new SqliteConnection(_connectionString);
        SqliteConnection.ClearPool(connection);
        return ValueTask.CompletedTask;
    }

    internal async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = ConnectionPragmas;
            await command.ExecuteNonQueryAsync(cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    private SqliteConnection Open()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var connection = new SqliteConnection(_connectionString);
        try
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = ConnectionPragmas;
            command.ExecuteNonQuery();
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    private SqliteTables CreateTables(string identifier)
    {
        var tables = new SqliteTables(identifier);
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = tables.Schema;
        command.ExecuteNonQuery();
        if (!HasColumn(connection, tables.Outbox, "enqueued_at"))
        {
            command.CommandText = tables.AddEnqueuedAt;
            command.ExecuteNonQuery();
        }

        return tables;
    }

    private static bool HasColumn(SqliteConnection connection, string table, string column)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT COUNT(*) FROM pragma_table_info({table.Replace('"', '\'')}) WHERE name = $column;";
        command.Parameters.AddWithValue("$column", column);
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) > 0;
    }
}
