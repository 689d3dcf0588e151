using MongoDB.Bson;
using MongoDB.Driver;

namespace MedCoder.Storage;

/// <summary>
/// Insertion order per collection from an atomic counter. Values are unique and increasing but may
/// have gaps, and a reader can briefly see seq n+1 before n is committed.
/// </summary>
internal sealed class MongoSequence(IMongoCollection<BsonDocument> counters, string collectionName)
{
    private static readonly FindOneAndUpdateOptions<BsonDocument> Upsert =
        new() { IsUpsert = true, ReturnDocument = ReturnDocument.After };

    public async Task<long> NextAsync(CancellationToken cancellationToken)
    {
        var counter = await counters.FindOneAndUpdateAsync(
            Builders<BsonDocument>.Filter.Eq("_id", collectionName),
            Builders<BsonDocument>.Update.Inc("value", 1L),
            Upsert,
            cancellationToken);
        return counter["value"].ToInt64();
    }
}
