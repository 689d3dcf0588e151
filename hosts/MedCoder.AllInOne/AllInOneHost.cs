using MedCoder.ClaimAssembly;
using MedCoder.CodeSuggestion;
using MedCoder.ComplianceEdit;
using MedCoder.Intake;
using MedCoder.ServiceDefaults;
using MedCoder.ServiceDefaults.Messaging;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace MedCoder.AllInOne;

/// <summary>
/// The embedded default: the four services' modules and the gateway's API in one process, on MassTransit's
/// in-memory transport (RabbitMQ when MEDCODER_RABBITMQ_URL is set) with one SQLite file per service.
/// </summary>
public static class AllInOneHost
{
    public const string DefaultUrl = "http://127.0.0.1:5080";

    /// <param name="configure">Runs after the defaults, before the modules (tests add a log capture here).</param>
    public static WebApplication Build(
        string url, string dataDirectory, bool quiet, IDictionary<string, string?>? configuration = null, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["MEDCODER_DATA_DIR"] = dataDirectory,
            ["MEDCODER_STORE"] = "sqlite",
        });
        if (configuration is not null)
        {
            builder.Configuration.AddInMemoryCollection(configuration);
        }

        builder.WebHost.UseUrls(url);
        var settings = builder.AddServiceDefaults("medcoder");
        if (quiet)
        {
            builder.Logging.SetMinimumLevel(LogLevel.Warning);
        }

        configure?.Invoke(builder);

        builder.Services.AddIntake().AddCodeSuggestion().AddComplianceEdit().AddClaimAssembly();
        builder.Services.AddMedCoderBus(settings, bus =>
        {
            bus.AddIntakeConsumers();
            bus.AddCodeSuggestionConsumers();
            bus.AddComplianceEditConsumers();
            bus.AddClaimAssemblyConsumers();
        });

        var app = builder.Build();
        app.UseServiceDefaults();
        app.MapIntake();
        app.MapCodeSuggestion();
        app.MapComplianceEdit();
        app.MapClaimAssembly();
        return app;
    }

    /// <summary>The address Kestrel actually bound (useful with port 0).</summary>
    public static Uri BoundAddress(WebApplication app) =>
        new(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
}
