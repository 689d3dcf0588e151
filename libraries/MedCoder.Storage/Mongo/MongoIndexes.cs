using MongoDB.Bson;
using MongoDB.Driver;

namespace MedCoder.Storage;

internal static class MongoIndexes
{
    /// <summary>Idempotent: creating an index that already exists with the same keys is a no-op.</summary>
    public static Task CreateAsync(IMongoCollection<BsonDocument> documents)
    {
        var keys = Builders<BsonDocument>.IndexKeys;
        return documents.Indexes.CreateManyAsync(
        [
            new CreateIndexModel<BsonDocument>(keys.Ascending(MongoFields.Sequence), new CreateIndexOptions { Unique = true }),
            new CreateIndexModel<BsonDocument>(keys.Ascending(MongoFields.Partition).Ascending(MongoFields.Sequence)),
            new CreateIndexModel<BsonDocument>(keys.Ascending(MongoFields.Status).Ascending(MongoFields.Sequence)),
            new CreateIndexModel<BsonDocument>(keys.Ascending(MongoFields.OutboxSentAt)),
        ]);
    }
}
