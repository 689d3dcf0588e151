using MedCoder.Storage.Tests.Support;

namespace MedCoder.Storage.Tests.Contract;

/// <summary>
/// Behaviour every IDocumentStore adapter must have (docs/architecture.md#stores). Each adapter's test class supplies
/// OpenStore; the partial files group the behaviours.
/// </summary>
public abstract partial class DocumentStoreContract : IAsyncLifetime
{
    private readonly List<IDocumentStore> _opened = [];

    /// <summary>Opens the store under test. Calling it again within a test opens the same data.</summary>
    protected abstract IDocumentStore OpenStore();

    /// <summary>Removes the test's data once every store it opened is disposed.</summary>
    protected abstract Task DeleteDataAsync();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var store in _opened)
        {
            await store.DisposeAsync();
        }

        await DeleteDataAsync();
    }

    protected IDocumentStore Open()
    {
        var store = OpenStore();
        _opened.Add(store);
        return store;
    }

    protected IDocumentCollection<Claim> Claims(IDocumentStore? store = null) => (store ?? Open()).Collection<Claim>("claims");

    protected static OutboxMessage Message(string type = "MedCoder.Contracts.ClaimCoded") =>
        new(Guid.NewGuid(), type, $$"""{"claim":"{{Guid.NewGuid()}}"}""");

    protected static DocumentWrite<Claim> Write(
        string id, Claim? body = null, string? partition = null, string? status = null, params OutboxMessage[] outbox) =>
        new(id, body ?? Claim.Sample(id), partition, status, outbox);
}
