using MedCoder.Testing.Hosting;

namespace MedCoder.Gateway.Tests.Edge;

/// <summary>
/// One embedded host and the real gateway process in front of it, shared by a test class. The body-rate grace
/// is two seconds (the least Kestrel accepts) so slow-body tests finish quickly; the public URL is set so the OpenAPI servers are known.
/// </summary>
public sealed class EdgeHosts : IAsyncLifetime
{
    public const string PublicUrl = "https://medcoder.example.org";

    public static readonly IReadOnlyDictionary<string, string> Settings = new Dictionary<string, string>
    {
        ["MEDCODER_BODY_RATE_GRACE_SECONDS"] = "2",
        ["MEDCODER_PUBLIC_URL"] = PublicUrl,
    };

    public EmbeddedServer Embedded { get; private set; } = null!;

    public ServiceProcess Gateway { get; private set; } = null!;

    public Uri Url(EdgeTarget target) => target == EdgeTarget.Embedded ? Embedded.Url : Gateway.Url;

    public HttpClient Client(EdgeTarget target) => new() { BaseAddress = Url(target), Timeout = TimeSpan.FromSeconds(60) };

    public async Task InitializeAsync()
    {
        Embedded = await EmbeddedServer.StartAsync(Settings.ToDictionary(s => s.Key, s => (string?)s.Value));
        Gateway = await GatewayInFront.StartAsync(Embedded.Url, Settings);
    }

    public async Task DisposeAsync()
    {
        if (Gateway is not null)
        {
            await Gateway.DisposeAsync();
        }

        if (Embedded is not null)
        {
            await Embedded.DisposeAsync();
        }
    }
}

/// <summary>Which process a request goes to: the embedded host itself, or the gateway process in front of it.</summary>
public enum EdgeTarget { Embedded, Gateway }
