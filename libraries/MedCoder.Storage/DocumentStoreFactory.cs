using System.Collections.Concurrent;
using MongoDB.Driver;

namespace MedCoder.Storage;

public static class DocumentStoreFactory
{
    // A MongoClient owns a connection pool and is meant to live for the process: one per URL.
    private static readonly ConcurrentDictionary<string, Lazy<MongoClient>> MongoClients = new();

    /// <summary>Opens the service's store: {DataDirectory}/{storeName}.db, or database medcoder-{storeName}.</summary>
    public static IDocumentStore Open(StoreOptions options, string storeName)
    {
        ArgumentNullException.ThrowIfNull(options);
        CollectionName.Validate(storeName, nameof(storeName));

        switch (options.Kind)
        {
            case StoreKind.Sqlite:
                Directory.CreateDirectory(options.DataDirectory);
                return new SqliteDocumentStore(Path.Combine(options.DataDirectory, storeName + ".db"));
            case StoreKind.Mongo:
                var client = MongoClients.GetOrAdd(options.MongoUrl, url => new Lazy<MongoClient>(() => new MongoClient(url))).Value;
                return new MongoDocumentStore(client.GetDatabase("medcoder-" + storeName), storeName);
            default:
                throw new ArgumentOutOfRangeException(nameof(options), options.Kind, "Unknown store kind.");
        }
    }
}
