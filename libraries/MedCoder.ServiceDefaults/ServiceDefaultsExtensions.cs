using MedCoder.ServiceDefaults.Edge;
using MedCoder.ServiceDefaults.Health;
using MedCoder.ServiceDefaults.OpenApi;
using MedCoder.ServiceDefaults.Security;
using MedCoder.ServiceDefaults.Telemetry;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Scalar.AspNetCore;

namespace MedCoder.ServiceDefaults;

public static class ServiceDefaultsExtensions
{
    /// <summary>
    /// What every MedCoder process has: settings from the environment, structured logs, problem details,
    /// API-key security, health checks, OpenTelemetry, OpenAPI and edge limits.
    /// </summary>
    public static MedCoderSettings AddServiceDefaults(this WebApplicationBuilder builder, string serviceName)
    {
        var settings = MedCoderSettings.FromEnvironment(name => builder.Configuration[name]);
        var edge = EdgeSettings.FromEnvironment(name => builder.Configuration[name]);
        var registry = ApiKeyRegistry.FromEnvironment(name => builder.Configuration[name]);
        builder.Services.AddSingleton(settings);
        builder.Services.AddSingleton(edge);

        builder.Logging.ClearProviders();
        builder.Logging.AddJsonConsole(options => options.IncludeScopes = false);
        // Framework logs stay at Warning: request logs would record paths and queries that can carry identifiers.
        builder.Logging.AddFilter("Microsoft", LogLevel.Warning);
        builder.Logging.AddFilter("Yarp", LogLevel.Warning);
        // Keys only protect cookies and antiforgery tokens, which API-key calls never use.
        builder.Logging.AddFilter("Microsoft.AspNetCore.DataProtection", LogLevel.Error);

        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = edge.MaxRequestBodyBytes;
            kestrel.Limits.MinRequestBodyDataRate = new MinDataRate(edge.MinBodyBytesPerSecond, edge.BodyRateGrace);
            kestrel.Limits.MaxRequestHeadersTotalSize = 32 * 1024;
        });

        builder.Services.AddProblemDetails();
        builder.Services.AddExceptionHandler<ProblemExceptionHandler>();
        builder.Services.AddMedCoderSecurity(registry);
        builder.Services.AddHealthChecks();
        builder.Services.AddMedCoderTelemetry(serviceName, exportOtlp: !string.IsNullOrEmpty(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]));
        builder.Services.AddOpenApi(options => options.ApplyMedCoderRules(edge));
        builder.Services.AddEdgeRateLimits(edge, registry);
        builder.Services.Configure<ForwardedHeadersOptions>(forwarded =>
        {
            // Only from trusted proxies: the client's address (its rate-limit bucket) and scheme (HSTS).
            forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            forwarded.KnownProxies.Clear();
            forwarded.KnownIPNetworks.Clear();
            foreach (var network in edge.TrustedProxies)
            {
                forwarded.KnownIPNetworks.Add(network);
            }
        });
        return settings;
    }

    /// <param name="apiDocuments">
    /// The OpenAPI documents the /docs page lists (served at /openapi/{name}.json); null: this process's own (v1). The
    /// gateway passes the services' documents, which it forwards.
    /// </param>
    public static WebApplication UseServiceDefaults(this WebApplication app, bool mapHealth = true, IReadOnlyList<string>? apiDocuments = null)
    {
        app.UseForwardedHeaders();
        app.UseSecurityHeaders();
        app.UseHsts(); // only on https requests (direct TLS, or X-Forwarded-Proto from a trusted proxy)
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        if (mapHealth)
        {
            app.MapMedCoderHealth();
        }

        app.MapOpenApi().AllowAnonymous();
        // The page loads nothing from Scalar's CDN or fonts and sends no telemetry; its inline script carries a nonce.
        app.MapScalarApiReference("/docs", scalar => (apiDocuments is null ? scalar : scalar.AddDocuments(apiDocuments))
            .DisableDefaultFonts()
            .DisableTelemetry()
            .DisableAgent()
            .DisableMcp()
            .WithNonce()).AllowAnonymous();
        return app;
    }
}
