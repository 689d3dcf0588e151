using MassTransit;
using MedCoder.ClaimAssembly.Claims;
using MedCoder.ClaimAssembly.PayerApi;
using MedCoder.ClaimAssembly.X12;
using MedCoder.ServiceDefaults.Messaging;
using MedCoder.ServiceDefaults.Security;
using MedCoder.ServiceDefaults.Storage;

namespace MedCoder.ClaimAssembly;

public static class ClaimAssemblyModule
{
    public const string Name = "claim-assembly";

    public static IServiceCollection AddClaimAssembly(this IServiceCollection services)
    {
        services.AddServiceStore(Name, (store, signal) => new ClaimAssemblyCollections(store, signal), ClaimAssemblyCollections.ClaimsName, ClaimAssemblyCollections.RejectionsName);
        services.AddSingleton<ClaimService>();
        services.AddSingleton(sp => new ControlNumbers(sp.GetRequiredService<ClaimAssemblyCollections>().ControlNumbers));
        services.AddSingleton<ClaimInterchanges>();
        return services;
    }

    public static void AddClaimAssemblyConsumers(this IBusRegistrationConfigurator bus) =>
        bus.AddServiceConsumer<CodingValidatedConsumer>(Name, "coding-validated");

    public static IEndpointRouteBuilder MapClaimAssembly(this IEndpointRouteBuilder app)
    {
        var claims = app.MapGroup("/api/claims").WithTags("Claims");
        claims.MapGet("/", ClaimEndpoints.ListAsync)
            .RequireAuthorization(Policies.ReadClaims)
            .WithSummary("Claims addressed to the caller, oldest first; filter by status, page with the returned cursor");
        claims.MapGet("/{id}", ClaimEndpoints.GetAsync)
            .RequireAuthorization(Policies.ReadClaims)
            .WithSummary("One claim")
            .ProducesProblem(StatusCodes.Status404NotFound);
        claims.MapPost("/{id}/ack", ClaimEndpoints.AcknowledgeAsync)
            .RequireAuthorization(Policies.AckClaims)
            .WithSummary("Acknowledge receipt of a claim (idempotent)")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        app.MapGet("/api/stats/claim-assembly", ClaimEndpoints.StatsAsync).RequireAuthorization(Policies.Operations).WithTags("Operations");
        return app;
    }
}
