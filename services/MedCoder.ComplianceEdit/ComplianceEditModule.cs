using MassTransit;
using MedCoder.CodeSets.Library;
using MedCoder.ComplianceEdit.Edits;
using MedCoder.ComplianceEdit.Edits.CodeSetVersion;
using MedCoder.ComplianceEdit.Edits.AddOnCodes;
using MedCoder.ComplianceEdit.Edits.Claim;
using MedCoder.ComplianceEdit.Edits.Cpt;
using MedCoder.ComplianceEdit.Edits.Excludes1;
using MedCoder.ComplianceEdit.Edits.Hcpcs;
using MedCoder.ComplianceEdit.Edits.Icd10CmValidity;
using MedCoder.ComplianceEdit.Edits.Mce;
using MedCoder.ComplianceEdit.Edits.Modifiers;
using MedCoder.ComplianceEdit.Edits.Mue;
using MedCoder.ComplianceEdit.Edits.Npi;
using MedCoder.ComplianceEdit.Edits.PlaceOfService;
using MedCoder.ComplianceEdit.Edits.Ptp;
using MedCoder.ComplianceEdit.Edits.Sequencing;
using MedCoder.ComplianceEdit.Validation;
using MedCoder.ComplianceEdit.Worklist;
using MedCoder.ServiceDefaults.Messaging;
using MedCoder.ServiceDefaults.Security;
using MedCoder.ServiceDefaults.Storage;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace MedCoder.ComplianceEdit;

public static class ComplianceEditModule
{
    public const string Name = "compliance-edit";

    public static IServiceCollection AddComplianceEdit(this IServiceCollection services)
    {
        services.AddServiceStore(Name, (store, signal) => new ComplianceEditCollections(store, signal), ComplianceEditCollections.ValidationsName, ComplianceEditCollections.WorklistName);
        services.TryAddSingleton<ICodeSets>(sp => CodeSetLibrary.Load(CodeSetLocations.FromEnvironment(name => sp.GetRequiredService<IConfiguration>()[name])));
        services.TryAddSingleton(TimeProvider.System);
        services.AddCodingEdit<CodeSetVersionEdit>();
        services.AddCodingEdit<Icd10CmValidityEdit>();
        services.AddCodingEdit<HcpcsValidityEdit>();
        services.AddCodingEdit<CptFormatEdit>();
        services.AddCodingEdit<MceEdit>();
        services.AddCodingEdit<Excludes1Edit>();
        services.AddCodingEdit<SequencingEdit>();
        services.AddCodingEdit<MueEdit>();
        services.AddCodingEdit<NcciAddOnCodeEdit>();
        services.AddCodingEdit<NcciPtpEdit>();
        services.AddCodingEdit<ModifierEdit>();
        services.AddCodingEdit<PlaceOfServiceEdit>();
        services.AddCodingEdit<NpiEdit>();
        services.AddCodingEdit<ClaimShapeEdit>();
        services.AddSingleton<EditRunner>();
        services.AddHostedService<CodeSetsWarmup>();
        services.AddSingleton<ValidationService>();
        services.AddSingleton<CoderCodes>();
        services.AddSingleton<WorklistMetrics>();
        WorklistSettings.AddTo(services);
        services.AddSingleton<WorklistService>();
        services.AddSingleton<WorklistClosure>();
        services.AddSingleton<QualityAuditService>();
        services.AddSingleton<WorklistBacklogRefresher>();
        services.AddHostedService(sp => sp.GetRequiredService<WorklistBacklogRefresher>());
        return services;
    }

    /// <summary>Registers an edit family; <see cref="EditRunner"/> runs every registered family (docs/architecture.md#edits).</summary>
    public static IServiceCollection AddCodingEdit<TEdit>(this IServiceCollection services)
        where TEdit : class, ICodingEdit
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ICodingEdit, TEdit>());
        return services;
    }

    public static void AddComplianceEditConsumers(this IBusRegistrationConfigurator bus)
    {
        bus.AddServiceConsumer<CodesSuggestedConsumer>(Name, "codes-suggested");
        bus.AddServiceConsumer<ClaimReturnedConsumer>(Name, "claim-returned");
        bus.AddServiceConsumer<EncounterWithdrawnConsumer>(Name, "encounter-withdrawn");
    }

    public static IEndpointRouteBuilder MapComplianceEdit(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/edits/stats", EditStatsEndpoint.GetAsync)
            .RequireAuthorization(Policies.Operations)
            .WithTags("Edits")
            .WithSummary("Findings per edit id and severity over a period (from, to: yyyy-MM-dd, UTC; default the last 30 days)");
        app.MapGet("/api/edits/{id}", ValidationEndpoints.GetAsync)
            .RequireAuthorization(Policies.ReadCoding)
            .WithTags("Edits")
            .WithSummary("Compliance edit findings for an encounter revision")
            .ProducesProblem(StatusCodes.Status404NotFound);
        MapWorklist(app);
        app.MapGet("/api/stats/compliance-edit", ValidationEndpoints.StatsAsync).RequireAuthorization(Policies.Operations).WithTags("Operations");
        return app;
    }

    /// <summary>The coder worklist and the audit trail (docs/architecture.md#worklist-and-audit).</summary>
    private static void MapWorklist(IEndpointRouteBuilder app)
    {
        var worklist = app.MapGroup("/api/worklist").WithTags("Worklist");
        worklist.MapGet("/", WorklistEndpoints.ListAsync)
            .RequireAuthorization(Policies.ReadCoding)
            .WithSummary("Held encounters a coder may work (filters: reason, setting, payer, editId; order: oldest|value; cursor paging)")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        worklist.MapGet("/audits", WorklistEndpoints.ListAuditSampleAsync)
            .RequireAuthorization(Policies.ReadCoding)
            .WithSummary("Auto-released encounters sampled for a coder's quality audit (MEDCODER_WORKLIST_AUDIT_RATE), not yet audited; cursor paging")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        worklist.MapPost("/{id}/audit", WorklistEndpoints.QualityAuditAsync)
            .RequireAuthorization(Policies.ReviewCoding)
            .WithSummary("A coder's verdict on an audit-sample item: agree or dispute each code (a dispute with a reason), name missed codes; the auto-release precision as coders see it")
            .Accepts<AuditRequest>("application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        worklist.MapGet("/{id}", WorklistEndpoints.GetAsync)
            .RequireAuthorization(Policies.ReadCoding)
            .WithSummary("A worklist item: notes, suggested codes with evidence and confidence, findings, queries, charges")
            .ProducesProblem(StatusCodes.Status404NotFound);
        worklist.MapPost("/{id}/lock", WorklistEndpoints.LockAsync)
            .RequireAuthorization(Policies.ReviewCoding)
            .WithSummary("Take (or extend) the lock on an item (MEDCODER_WORKLIST_LOCK_MINUTES, 15 by default); 409 while another user holds it")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        worklist.MapPost("/{id}/decision", WorklistEndpoints.DecideAsync)
            .RequireAuthorization(Policies.ReviewCoding)
            .WithSummary("Decide an item: accept-all, revise (remove/add/change codes, override warnings, each with a reason) and release, or return to the provider (with a reason)")
            .Accepts<DecisionRequest>("application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        worklist.MapPost("/{id}/query", WorklistEndpoints.SendQueryAsync)
            .RequireAuthorization(Policies.ReviewCoding)
            .WithSummary("Send a physician query; the item waits off the list for the provider's answer")
            .Accepts<QueryRequest>("application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        worklist.MapPost("/{id}/query/answer", WorklistEndpoints.AnswerQueryAsync)
            .RequireAuthorization(Policies.SubmitEncounters)
            .WithSummary("The provider's answer to the open query (the hospital's key); the item returns to the list")
            .Accepts<QueryAnswerRequest>("application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        app.MapGet("/api/audit/{id}", WorklistEndpoints.AuditAsync)
            .RequireAuthorization(Policies.Operations)
            .WithTags("Audit")
            .WithSummary("The audit trail of an encounter revision (the id GET /api/encounters/{id} takes), oldest first")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }
}
