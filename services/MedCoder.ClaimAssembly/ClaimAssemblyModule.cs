using MassTransit;
using MedCoder.ClaimAssembly.Acknowledgements;
using MedCoder.ClaimAssembly.Claims;
using MedCoder.ClaimAssembly.Delivery;
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
        services.AddSingleton<ClaimWithdrawals>();
        services.AddSingleton(sp => new ControlNumbers(sp.GetRequiredService<ClaimAssemblyCollections>().ControlNumbers));
        services.AddSingleton<ClaimInterchanges>();
        services.AddSingleton<AcknowledgementService>();
        return services.AddClaimDelivery();
    }

    /// <summary>Webhook pushes and batch files for the payers MEDCODER_DELIVERY_PAYERS names (docs/architecture.md#delivery).</summary>
    public static IServiceCollection AddClaimDelivery(this IServiceCollection services)
    {
        DeliverySettings.AddTo(services);
        WebhookClient.AddTo(services);
        services.AddSingleton<WebhookDispatcher>();
        services.AddSingleton<BatchFiles>();
        services.AddHostedService<DeliveryService>();
        return services;
    }

    public static void AddClaimAssemblyConsumers(this IBusRegistrationConfigurator bus)
    {
        bus.AddServiceConsumer<CodingValidatedConsumer>(Name, "coding-validated");
        bus.AddServiceConsumer<EncounterWithdrawnConsumer>(Name, "encounter-withdrawn");
    }

    public static IEndpointRouteBuilder MapClaimAssembly(this IEndpointRouteBuilder app)
    {
        var claims = app.MapGroup("/api/claims").WithTags("Claims");
        claims.MapGet("/", ClaimEndpoints.ListAsync)
            .RequireAuthorization(Policies.ReadClaims)
            .WithSummary("Claims addressed to the caller, oldest first; filter by status, page with the returned cursor");
        claims.MapGet("/dead-letters", DeliveryEndpoints.DeadLettersAsync)
            .RequireAuthorization(Policies.Operations)
            .WithSummary("Claims whose push or batch delivery gave up after its retry budget, oldest first");
        claims.MapPost("/{id}/redeliver", DeliveryEndpoints.RedeliverAsync)
            .RequireAuthorization(Policies.Operations)
            .WithSummary("Send a dead-lettered claim again with a fresh retry budget")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        claims.MapGet("/{id}/deliveries", DeliveryEndpoints.AttemptsAsync)
            .RequireAuthorization(Policies.Operations)
            .WithSummary("Every delivery attempt of a claim: time, outcome, status code, duration");
        claims.MapGet("/{id}", ClaimEndpoints.GetAsync)
            .RequireAuthorization(Policies.ReadClaims)
            .WithSummary("One claim: JSON, the X12 837 (Accept: application/edi-x12) or a FHIR R4 Bundle (Accept: application/fhir+json)")
            .Produces<Claim>(StatusCodes.Status200OK, ClaimMediaTypes.Json)
            .Produces<string>(StatusCodes.Status200OK, ClaimMediaTypes.X12, ClaimMediaTypes.Fhir)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status406NotAcceptable)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        claims.MapPost("/acknowledgements", ClaimEndpoints.AcknowledgementsAsync)
            .RequireAuthorization(Policies.AckClaims)
            .Accepts<string>(ClaimMediaTypes.X12, "text/plain")
            .WithSummary("A payer's 999 or 277CA (X12): accepted claims are acknowledged, rejected ones rejected with the payer's reason")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        claims.MapPost("/{id}/ack", ClaimEndpoints.AcknowledgeAsync)
            .RequireAuthorization(Policies.AckClaims)
            .WithSummary("Acknowledge receipt of a claim (idempotent)")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        app.MapGet("/api/stats/claim-assembly", ClaimEndpoints.StatsAsync).RequireAuthorization(Policies.Operations).WithTags("Operations");
        return app;
    }
}
