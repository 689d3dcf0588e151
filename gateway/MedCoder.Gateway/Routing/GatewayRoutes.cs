using MedCoder.ServiceDefaults.Security;
using Yarp.ReverseProxy.Configuration;

namespace MedCoder.Gateway.Routing;

/// <summary>
/// The public routes and the role each needs. The gateway checks the role; the services check it again
/// together with the organization (they are reachable inside the network).
/// </summary>
public static class GatewayRoutes
{
    public static IReadOnlyList<RouteConfig> Routes() =>
    [
        Route("encounters-submit", "intake", "/api/encounters/{**rest}", Policies.SubmitEncounters, "POST"),
        Route("encounters-read", "intake", "/api/encounters/{**rest}", Policies.ReadEncounters, "GET"),
        Route("claims-read", "claim-assembly", "/api/claims/{**rest}", Policies.ReadClaims, "GET"),
        Route("claims-ack", "claim-assembly", "/api/claims/{id}/ack", Policies.AckClaims, "POST"),
        Route("claims-acknowledgements", "claim-assembly", "/api/claims/acknowledgements", Policies.AckClaims, "POST"),
        Route("claims-redeliver", "claim-assembly", "/api/claims/{id}/redeliver", Policies.Operations, "POST"),
        Route("coding-read", "code-suggestion", "/api/coding/{**rest}", Policies.ReadCoding, "GET"),
        Route("edits-stats", "compliance-edit", "/api/edits/stats", Policies.Operations, "GET"),
        Route("edits-read", "compliance-edit", "/api/edits/{**rest}", Policies.ReadCoding, "GET"),
        Route("worklist-read", "compliance-edit", "/api/worklist/{**rest}", Policies.ReadCoding, "GET"),
        Route("worklist-lock", "compliance-edit", "/api/worklist/{id}/lock", Policies.ReviewCoding, "POST"),
        Route("worklist-audit", "compliance-edit", "/api/worklist/{id}/audit", Policies.ReviewCoding, "POST"),
        Route("worklist-decision", "compliance-edit", "/api/worklist/{id}/decision", Policies.ReviewCoding, "POST"),
        Route("worklist-query", "compliance-edit", "/api/worklist/{id}/query", Policies.ReviewCoding, "POST"),
        Route("worklist-query-answer", "compliance-edit", "/api/worklist/{id}/query/answer", Policies.SubmitEncounters, "POST"),
        Route("audit-read", "compliance-edit", "/api/audit/{**rest}", Policies.Operations, "GET"),
        Route("codesets-read", "code-suggestion", "/api/codesets/{**rest}", Policies.ReadCodeSets, "GET"),
        Route("stats-intake", "intake", "/api/stats/intake", Policies.Operations, "GET"),
        Route("stats-code-suggestion", "code-suggestion", "/api/stats/code-suggestion", Policies.Operations, "GET"),
        Route("stats-compliance-edit", "compliance-edit", "/api/stats/compliance-edit", Policies.Operations, "GET"),
        Route("stats-claim-assembly", "claim-assembly", "/api/stats/claim-assembly", Policies.Operations, "GET"),
    ];

    /// <summary>
    /// Each service's OpenAPI document, public like the services' own /openapi: /openapi/{service}.json at the gateway is
    /// the service's /openapi/v1.json, so the gateway's /docs page documents the API it fronts.
    /// </summary>
    public static IReadOnlyList<RouteConfig> ApiDocuments(ServiceDestinations destinations) =>
        destinations.ByService.Keys.Select(service => new RouteConfig
        {
            RouteId = $"openapi-{service}",
            ClusterId = service,
            AuthorizationPolicy = "anonymous",
            Match = new RouteMatch { Path = DocumentPath(service), Methods = ["GET"] },
            Transforms = [new Dictionary<string, string> { ["PathSet"] = "/openapi/v1.json" }],
        }).ToList();

    public static string DocumentPath(string service) => $"/openapi/{service}.json";

    public static IReadOnlyList<ClusterConfig> Clusters(ServiceDestinations destinations) =>
        destinations.ByService.Select(service => new ClusterConfig
        {
            ClusterId = service.Key,
            Destinations = new Dictionary<string, DestinationConfig> { ["primary"] = new() { Address = service.Value.ToString() } },
            HealthCheck = new HealthCheckConfig
            {
                Active = new ActiveHealthCheckConfig
                {
                    Enabled = true,
                    Interval = TimeSpan.FromSeconds(10),
                    Timeout = TimeSpan.FromSeconds(5),
                    Policy = "ConsecutiveFailures",
                    Path = "/health/ready",
                },
            },
            HttpRequest = new Yarp.ReverseProxy.Forwarder.ForwarderRequestConfig { ActivityTimeout = TimeSpan.FromSeconds(60) },
        }).ToList();

    private static RouteConfig Route(string id, string cluster, string path, string policy, string method) => new()
    {
        RouteId = id,
        ClusterId = cluster,
        AuthorizationPolicy = policy,
        Match = new RouteMatch { Path = path, Methods = [method] },
    };
}
