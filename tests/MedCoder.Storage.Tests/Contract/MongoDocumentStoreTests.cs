namespace MedCoder.Storage.Tests.Contract;

public sealed class MongoDocumentStoreTests(MongoServerFixture server) : DocumentStoreContract, IClassFixture<MongoServerFixture>
{
    // A fresh database per test keeps tests independent; it is dropped afterwards.
    private readonly string _database = $"medcoder-test-{Guid.NewGuid():N}";

    protected override IDocumentStore OpenStore()
    {
        Skip.If(server.Client is null, server.UnavailableReason);
        return new MongoDocumentStore(server.Client.GetDatabase(_database), "test");
    }

    protected override async Task DeleteDataAsync()
    {
        if (server.Client is not null)
        {
            await server.Client.DropDatabaseAsync(_database);
        }
    }
}
