using MedCoder.ClaimAssembly.Claims;
using MedCoder.ClaimAssembly.Delivery;
using MedCoder.ClaimAssembly.Tests.X12;
using MedCoder.ClaimAssembly.X12;
using MedCoder.Storage;
using MedCoder.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace MedCoder.ClaimAssembly.Tests.Delivery;

/// <summary>ClaimAssembly's delivery as the module registers it, over a temporary store, with settings given as MEDCODER_* keys.</summary>
internal sealed class DeliveryHarness : IAsyncDisposable
{
    public const string Payer = "acme-health";

    private readonly TempSqliteStore? _temp;
    private readonly IDictionary<string, string?> _settings;
    private readonly ServiceProvider _services;

    private DeliveryHarness(TempSqliteStore? temp, ServiceProvider services, ClaimAssemblyCollections collections, IDictionary<string, string?> settings)
    {
        _temp = temp;
        _settings = settings;
        _services = services;
        Collections = collections;
    }

    public ClaimAssemblyCollections Collections { get; }

    public WebhookDispatcher Webhooks => _services.GetRequiredService<WebhookDispatcher>();

    public BatchFiles Batches => _services.GetRequiredService<BatchFiles>();

    public DeliveryMetrics Metrics => _services.GetRequiredService<DeliveryMetrics>();

    public DeliverySettings Settings => _services.GetRequiredService<Microsoft.Extensions.Options.IOptions<DeliverySettings>>().Value;

    public static DeliveryHarness Start(IDictionary<string, string?> settings, TimeProvider? clock = null)
    {
        var temp = new TempSqliteStore();
        var collections = new ClaimAssemblyCollections(temp.Store, temp.Signal);
        return new DeliveryHarness(temp, Services(collections, settings, clock ?? TimeProvider.System), collections, settings);
    }

    /// <summary>A second process over the same store: its own HTTP client, circuit and dispatcher.</summary>
    public DeliveryHarness Replica() => new(null, Services(Collections, _settings, TimeProvider.System), Collections, _settings);

    private static ServiceProvider Services(ClaimAssemblyCollections collections, IDictionary<string, string?> settings, TimeProvider clock)
    {
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build())
            .AddSingleton(clock)
            .AddLogging()
            .AddSingleton(collections)
            .AddSingleton(new ControlNumbers(collections.ControlNumbers))
            .AddSingleton<ClaimInterchanges>();
        services.AddClaimDelivery();
        return services.BuildServiceProvider();
    }

    public static Dictionary<string, string?> Webhook(Uri url, params (string Key, string Value)[] more)
    {
        var settings = new Dictionary<string, string?>
        {
            [DeliverySettings.PayersVariable] = $"{Payer}=webhook",
            [DeliverySettings.PayerVariable(Payer, "URL")] = url.ToString(),
            [DeliverySettings.PayerVariable(Payer, "SECRET")] = PayerReceiver.Secret,
            [DeliverySettings.BackoffVariable] = "0.01",
            [DeliverySettings.TimeoutVariable] = "0.3",
            [DeliverySettings.BreakVariable] = "0.5",
        };
        foreach (var (key, value) in more)
        {
            settings[key] = value;
        }

        return settings;
    }

    /// <summary>Stores ready professional claims for the payer, one per encounter id.</summary>
    public async Task<IReadOnlyList<Claim>> ReadyClaimsAsync(int count, string payer = Payer)
    {
        var claims = new List<Claim>();
        for (var i = 1; i <= count; i++)
        {
            var claim = ClaimSamples.Professional(b => b.WithEncounterId($"E-DLV-{payer}-{i}").WithPayer(payer));
            await Collections.Claims.InsertIfAbsentAsync(new DocumentWrite<Claim>(claim.Id, claim, claim.PayerId, claim.Status.Name()));
            claims.Add(claim);
        }

        return claims;
    }

    public async Task<IReadOnlyList<Claim>> ClaimsAsync(IEnumerable<Claim> claims) =>
        await Task.WhenAll(claims.Select(async c => (await Collections.Claims.GetAsync(c.Id))!.Body));

    public async Task<IReadOnlyList<DeliveryAttempt>> AttemptsAsync(string claimId) =>
        [.. (await Collections.DeliveryAttempts.QueryAsync(new DocumentQuery(claimId, null, null, 500))).Items.Select(d => d.Body).OrderBy(a => a.At)];

    /// <summary>Runs dispatcher passes until <paramref name="done"/> holds (bounded: a broken delivery fails the test, never hangs it).</summary>
    public async Task PushUntilAsync(Func<Task<bool>> done)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!await done())
        {
            Assert.True(DateTime.UtcNow < deadline, "delivery did not finish within 30 s");
            await Webhooks.RunOnceAsync(CancellationToken.None);
            await Task.Delay(20);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        if (_temp is not null)
        {
            await _temp.DisposeAsync();
        }
    }
}
