using MedCoder.AllInOne;
using MedCoder.AllInOne.Client;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Logging;

namespace MedCoder.Testing.Hosting;

/// <summary>The all-in-one host (hosts/MedCoder.AllInOne) on a free port with its SQLite files in a temp folder.</summary>
public sealed class EmbeddedServer : IAsyncDisposable
{
    private readonly DirectoryInfo _data = Directory.CreateTempSubdirectory("medcoder-embedded-");
    private WebApplication? _app;

    public Uri Url { get; private set; } = null!;

    public HttpClient Http { get; private set; } = null!;

    public MedCoderApiClient Api { get; private set; } = null!;

    /// <summary>The host's services, for tests that reach a store or option directly.</summary>
    public IServiceProvider Services => _app!.Services;

    /// <summary>Every log entry of the host at Warning and above.</summary>
    public CapturedLogs Logs { get; } = new();

    /// <summary>Where the SQLite files live (one per service: intake.db, ...).</summary>
    public string DataDirectory => _data.FullName;

    /// <param name="configuration">Settings as the environment would give them (e.g. MEDCODER_BODY_RATE_GRACE_SECONDS).</param>
    /// <param name="configure">Runs on the host builder after the defaults (a test's own services or options).</param>
    public static async Task<EmbeddedServer> StartAsync(IDictionary<string, string?>? configuration = null, Action<WebApplicationBuilder>? configure = null)
    {
        var server = new EmbeddedServer();
        server._app = AllInOneHost.Build("http://127.0.0.1:0", server._data.FullName, quiet: true, Settings(configuration), builder =>
        {
            builder.Logging.AddProvider(server.Logs);
            configure?.Invoke(builder);
        });
        await server._app.StartAsync();
        server.Url = AllInOneHost.BoundAddress(server._app);
        server.Http = new HttpClient { BaseAddress = server.Url, Timeout = TimeSpan.FromSeconds(30) };
        server.Api = new MedCoderApiClient(server.Http);
        return server;
    }

    /// <summary>The in-memory bus unless the test names a broker: an inherited MEDCODER_RABBITMQ_URL (CI sets one) must not turn this into a broker test.</summary>
    private static Dictionary<string, string?> Settings(IDictionary<string, string?>? overrides)
    {
        var settings = new Dictionary<string, string?> { ["MEDCODER_RABBITMQ_URL"] = string.Empty };
        foreach (var (name, value) in overrides ?? new Dictionary<string, string?>())
        {
            settings[name] = value;
        }

        return settings;
    }

    public async ValueTask DisposeAsync()
    {
        Http?.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _data.Delete(recursive: true);
    }
}
