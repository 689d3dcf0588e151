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
        services.AddServiceStore(Name, (store, signal) => new ComplianceEditCollections(store, signal), ComplianceEditCollections.ValidationsName);
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
        return services;
    }

    /// <summary>Registers an edit family; <see cref="EditRunner"/> runs every registered family (docs/architecture.md#edits).</summary>
    public static IServiceCollection AddCodingEdit<TEdit>(this IServiceCollection services)
        where TEdit : class, ICodingEdit
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ICodingEdit, TEdit>());
        return services;
    }

    public static void AddComplianceEditConsumers(this IBusRegistrationConfigurator bus) =>
        bus.AddServiceConsumer<CodesSuggestedConsumer>(Name, "codes-suggested");

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
        app.MapGet("/api/stats/compliance-edit", ValidationEndpoints.StatsAsync).RequireAuthorization(Policies.Operations).WithTags("Operations");
        return app;
    }
}
