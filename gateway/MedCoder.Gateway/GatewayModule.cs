using MedCoder.Gateway.Health;
using MedCoder.Gateway.Routing;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace MedCoder.Gateway;

public static class GatewayModule
{
    public const string Name = "gateway";

    public static IServiceCollection AddGateway(this IServiceCollection services, ServiceDestinations destinations)
    {
        services.AddSingleton(destinations);
        services.AddHttpClient(nameof(DownstreamHealthCheck), client => client.Timeout = TimeSpan.FromSeconds(5));
        services.AddHealthChecks().AddCheck<DownstreamHealthCheck>("services", HealthStatus.Unhealthy, ["ready"]);
        services.AddReverseProxy().LoadFromMemory([.. GatewayRoutes.Routes(), .. GatewayRoutes.ApiDocuments(destinations)], GatewayRoutes.Clusters(destinations));
        return services;
    }
}
