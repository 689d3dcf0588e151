using MongoDB.Bson;
using MongoDB.Driver;
using Testcontainers.MongoDb;

namespace MedCoder.Storage.Tests.Contract;

/// <summary>
/// A MongoDB server for the contract: MEDCODER_MONGO_URL if set, else a Testcontainers one when a Docker
/// engine is reachable, else none (tests skip with the reason; checked up front so skipping is instant).
/// </summary>
public sealed class MongoServerFixture : IAsyncLifetime
{
    private MongoDbContainer? _container;

    public IMongoClient? Client { get; private set; }

    public string UnavailableReason { get; private set; } = "";

    public async Task InitializeAsync()
    {
        var url = Environment.GetEnvironmentVariable(StoreOptions.MongoUrlVariable);
        if (!string.IsNullOrWhiteSpace(url))
        {
            // Configured explicitly, so unreachable is a failure, reported once and fast.
            Client = new MongoClient(url);
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
            await Client.GetDatabase("admin").RunCommandAsync<BsonDocument>(new BsonDocument("ping", 1), cancellationToken: timeout.Token);
            return;
        }

        if (!DockerEngineReachable())
        {
            UnavailableReason = "MongoDB not available: set MEDCODER_MONGO_URL or run Docker (no Docker engine here)";
            return;
        }

        try
        {
            _container = new MongoDbBuilder("mongo:7.0").Build();
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
            await _container.StartAsync(timeout.Token);
            Client = new MongoClient(_container.GetConnectionString());
        }
        catch (Exception ex)
        {
            UnavailableReason = $"MongoDB not available: set MEDCODER_MONGO_URL or run Docker (container did not start: {ex.Message})";
        }
    }

    public async Task DisposeAsync()
    {
        (Client as IDisposable)?.Dispose();
        if (_container is not null)
        {
            await _container.DisposeAsync();
        }
    }

    private static bool DockerEngineReachable() =>
        !string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable("DOCKER_HOST")) || File.Exists("/var/run/docker.sock");
}
