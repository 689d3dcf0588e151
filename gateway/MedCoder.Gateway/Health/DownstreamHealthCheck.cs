using MedCoder.Gateway.Routing;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace MedCoder.Gateway.Health;

/// <summary>The gateway is ready when every service answers its own /health/ready.</summary>
public sealed class DownstreamHealthCheck(IHttpClientFactory clients, ServiceDestinations destinations) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var client = clients.CreateClient(nameof(DownstreamHealthCheck));
        var checks = destinations.ByService.Select(async service =>
        {
            try
            {
                using var response = await client.GetAsync(new Uri(service.Value, "/health/ready"), cancellationToken);
                return (service.Key, Ready: response.IsSuccessStatusCode);
            }
            catch (HttpRequestException)
            {
                return (service.Key, Ready: false);
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                return (service.Key, Ready: false);
            }
        });
        var results = await Task.WhenAll(checks);
        var data = results.ToDictionary(r => r.Key, r => (object)(r.Ready ? "ready" : "unavailable"));
        var down = results.Where(r => !r.Ready).Select(r => r.Key).ToList();
        return down.Count == 0
            ? HealthCheckResult.Healthy("all services ready", data)
            : HealthCheckResult.Unhealthy($"not ready: {string.Join(", ", down)}", data: data);
    }
}
