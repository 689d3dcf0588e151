using MassTransit;
using MedCoder.Contracts.Encounters;
using MedCoder.Intake.Submissions;
using MedCoder.Intake.Tracking;
using MedCoder.Intake.Withdrawals;
using MedCoder.ServiceDefaults.Messaging;
using MedCoder.ServiceDefaults.Security;
using MedCoder.ServiceDefaults.Storage;

namespace MedCoder.Intake;

/// <summary>Composition of the Intake service, shared by its own host and the all-in-one host.</summary>
public static class IntakeModule
{
    public const string Name = "intake";

    public static IServiceCollection AddIntake(this IServiceCollection services)
    {
        services.AddServiceStore(Name, (store, signal) => new IntakeCollections(store, signal), IntakeCollections.EncountersName);
        services.AddSingleton<EncounterValidator>();
        services.AddSingleton<EncounterIntake>();
        services.AddSingleton<EncounterTracker>();
        services.AddSingleton<EncounterWithdrawal>();
        services.AddSingleton<BacklogGate>();
        return services;
    }

    public static void AddIntakeConsumers(this IBusRegistrationConfigurator bus)
    {
        bus.AddServiceConsumer<CodesSuggestedConsumer>(Name, "codes-suggested");
        bus.AddServiceConsumer<CodingHeldConsumer>(Name, "coding-held");
        bus.AddServiceConsumer<CodingValidatedConsumer>(Name, "coding-validated");
        bus.AddServiceConsumer<ClaimAssembledConsumer>(Name, "claim-assembled");
        bus.AddServiceConsumer<EncounterFailedConsumer>(Name, "encounter-failed");

        // A stage that gives up after retries publishes Fault<T>; these mark its encounter failed (recoverably).
        bus.AddServiceConsumer<EncounterReceivedFaultConsumer>(Name, "encounter-received-fault");
        bus.AddServiceConsumer<CodesSuggestedFaultConsumer>(Name, "codes-suggested-fault");
        bus.AddServiceConsumer<CodingValidatedFaultConsumer>(Name, "coding-validated-fault");
    }

    public static IEndpointRouteBuilder MapIntake(this IEndpointRouteBuilder app)
    {
        var encounters = app.MapGroup("/api/encounters").WithTags("Encounters");
        encounters.MapPost("/", SubmitEncounterEndpoint.HandleAsync)
            .RequireAuthorization(Policies.SubmitEncounters)
            .AddEndpointFilter<BacklogGate>()
            .WithSummary("Submit an encounter (JSON); 202 with a Location once it is durable")
            .Accepts<EncounterSubmission>("application/json")
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        encounters.MapGet("/{id}", EncounterStatusEndpoint.HandleAsync)
            .RequireAuthorization(Policies.ReadEncounters)
            .WithSummary("Where an encounter revision is in the pipeline")
            .ProducesProblem(StatusCodes.Status404NotFound);
        encounters.MapPost("/{id}/withdraw", WithdrawEncounterEndpoint.HandleAsync)
            .RequireAuthorization(Policies.SubmitEncounters)
            .AddEndpointFilter<BacklogGate>()
            .WithSummary("Withdraw an encounter (its latest revision): no claim should stand for it; idempotent")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        app.MapGet("/api/stats/intake", StatsEndpoint.HandleAsync).RequireAuthorization(Policies.Operations).WithTags("Operations");
        return app;
    }
}
