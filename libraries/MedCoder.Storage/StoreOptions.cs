using MongoDB.Driver;

namespace MedCoder.Storage;

public enum StoreKind
{
    Sqlite,
    Mongo,
}

/// <summary>
/// Which adapter a service uses and where its data lives, from the MEDCODER_* settings a host reads at start (its
/// configuration, which holds the environment variables).
/// </summary>
public sealed record StoreOptions(
    StoreKind Kind = StoreKind.Sqlite,
    string DataDirectory = StoreOptions.DefaultDataDirectory,
    string MongoUrl = StoreOptions.DefaultMongoUrl)
{
    public const string KindVariable = "MEDCODER_STORE";
    public const string DataDirectoryVariable = "MEDCODER_DATA_DIR";
    public const string MongoUrlVariable = "MEDCODER_MONGO_URL";
    public const string DefaultDataDirectory = "./.medcoder/data";
    public const string DefaultMongoUrl = "mongodb://localhost:27017";

    /// <summary>Unset or empty variables take the defaults; an invalid value fails startup with the variable named.</summary>
    public static StoreOptions FromEnvironment(Func<string, string?> getVariable)
    {
        ArgumentNullException.ThrowIfNull(getVariable);
        string? Read(string name) => getVariable(name) is { Length: > 0 } value ? value.Trim() : null;

        var kind = Read(KindVariable)?.ToLowerInvariant() switch
        {
            null or "sqlite" => StoreKind.Sqlite,
            "mongo" => StoreKind.Mongo,
            var other => throw new InvalidOperationException(
                $"{KindVariable} must be 'sqlite' or 'mongo' (default sqlite), not '{other}'."),
        };

        var mongoUrl = Read(MongoUrlVariable) ?? DefaultMongoUrl;
        if (kind == StoreKind.Mongo)
        {
            ValidateMongoUrl(mongoUrl);
        }

        return new StoreOptions(kind, Read(DataDirectoryVariable) ?? DefaultDataDirectory, mongoUrl);
    }

    private static void ValidateMongoUrl(string url)
    {
        try
        {
            _ = MongoDB.Driver.MongoUrl.Create(url);
        }
        catch (MongoConfigurationException ex)
        {
            // The URL may carry credentials, so it is not echoed back.
            throw new InvalidOperationException(
                $"{MongoUrlVariable} is not a valid MongoDB connection string (mongodb://host:port): {ex.Message}", ex);
        }
    }
}
