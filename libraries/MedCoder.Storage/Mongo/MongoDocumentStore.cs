using System.Collections.Concurrent;
using MongoDB.Bson;
using MongoDB.Driver;

namespace MedCoder.Storage;

/// <summary>
/// One database per service, a collection per name. The outbox lives inside each document, so
/// single-document atomicity makes "result + messages to publish" one write.
/// </summary>
public sealed class MongoDocumentStore : IDocumentStore
{
    // Starts with '_', which valid collection names cannot, so it never collides with one.
    private const string CountersCollection = "_counters";

    private readonly IMongoDatabase _database;
    private readonly IMongoCollection<BsonDocument> _counters;
    private readonly ConcurrentDictionary<string, OnceAsync> _indexes = new();

    /// <param name="database">The service's database; the client belongs to the caller and outlives the store.</param>
    public MongoDocumentStore(IMongoDatabase database, string name)
    {
        ArgumentNullException.ThrowIfNull(database);
        Name = CollectionName.Validate(name, nameof(name));
        _database = database.WithWriteConcern(WriteConcern.WMajority);
        _counters = _database.GetCollection<BsonDocument>(CountersCollection);
    }

    public string Name { get; }

    public IDocumentCollection<T> Collection<T>(string name) where T : class
    {
        CollectionName.Validate(name, nameof(name));
        var documents = _database.GetCollection<BsonDocument>(name);
        var indexes = _indexes.GetOrAdd(name, _ => new OnceAsync(() => MongoIndexes.CreateAsync(documents)));
        return new UnavailableGuard<T>(new MongoDocumentCollection<T>(documents, new MongoSequence(_counters, name), indexes), Name, IsUnavailable);
    }

    /// <summary>The server cannot be reached (connection failed, or no server selected within the timeout).</summary>
    internal static bool IsUnavailable(Exception exception) => exception is MongoConnectionException or TimeoutException;

    public async Task<bool> PingAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            await _database.RunCommandAsync<BsonDocument>(new BsonDocument("ping", 1), cancellationToken: cancellationToken);
            return true;
        }
        catch (MongoException)
        {
            return false;
        }
        catch (TimeoutException)
        {
            return false;
        }
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
