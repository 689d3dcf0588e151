using MedCoder.Storage.Tests.Support;

namespace MedCoder.Storage.Tests.Contract;

public sealed class SqliteDocumentStoreTests : DocumentStoreContract
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "medcoder-storage-tests", Guid.NewGuid().ToString("N"));

    protected override IDocumentStore OpenStore()
    {
        Directory.CreateDirectory(_directory);
        return new SqliteDocumentStore(Path.Combine(_directory, "claims.db"));
    }

    protected override Task DeleteDataAsync()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }

        return Task.CompletedTask;
    }

    [Fact]
    public async Task Store_file_uses_write_ahead_logging()
    {
        var store = Open();
        await Claims(store).InsertIfAbsentAsync(Write("enc-1"));

        Assert.Equal("claims", store.Name);
        Assert.True(File.Exists(Path.Combine(_directory, "claims.db-wal")));
    }

    [Fact]
    public async Task A_locked_file_is_reported_as_store_unavailable_and_nothing_is_written()
    {
        var store = Open();
        var claims = Claims(store);
        await using (var holder = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Path.Combine(_directory, "claims.db")};Pooling=False"))
        {
            await holder.OpenAsync();
            await using var command = holder.CreateCommand();
            command.CommandText = "BEGIN EXCLUSIVE;";
            await command.ExecuteNonQueryAsync();

            var failure = await Assert.ThrowsAsync<StoreUnavailableException>(() => claims.InsertIfAbsentAsync(Write("enc-locked")));
            Assert.DoesNotContain("enc-locked", failure.Message, StringComparison.Ordinal);
        }

        Assert.Null(await claims.GetAsync("enc-locked"));
        Assert.True((await claims.InsertIfAbsentAsync(Write("enc-locked"))).Inserted);
    }
}
