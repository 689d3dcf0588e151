using MedCoder.Storage.Tests.Support;

namespace MedCoder.Storage.Tests;

public sealed class DocumentStoreFactoryTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "medcoder-storage-tests", Guid.NewGuid().ToString("N"), "data");

    [Fact]
    public async Task Sqlite_store_is_a_file_per_store_name_in_a_created_directory()
    {
        await using var store = DocumentStoreFactory.Open(new StoreOptions(DataDirectory: _directory), "intake");
        await store.Collection<Claim>("encounters").InsertIfAbsentAsync(new DocumentWrite<Claim>("enc-1", Claim.Sample("x")));

        Assert.IsType<SqliteDocumentStore>(store);
        Assert.Equal("intake", store.Name);
        Assert.True(File.Exists(Path.Combine(_directory, "intake.db")));
    }

    [Fact]
    public async Task Mongo_store_is_named_after_the_service_without_connecting()
    {
        await using var store = DocumentStoreFactory.Open(new StoreOptions(StoreKind.Mongo), "claim-assembly");

        Assert.IsType<MongoDocumentStore>(store);
        Assert.Equal("claim-assembly", store.Name);
    }

    [Fact]
    public void Store_names_are_validated()
    {
        Assert.Throws<ArgumentException>(() => DocumentStoreFactory.Open(new StoreOptions(DataDirectory: _directory), "../escape"));
    }

    public void Dispose()
    {
        var root = Path.GetDirectoryName(_directory)!;
        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
