using MassTransit;
using MedCoder.CodeSets.Library;
using MedCoder.CodeSets.Lookup;
using MedCoder.CodeSuggestion.AutoRelease;
using MedCoder.CodeSuggestion.CodeSetApi;
using MedCoder.CodeSuggestion.Suggestions;
using MedCoder.CodeSuggestion.Warmup;
using MedCoder.Coding;
using MedCoder.ServiceDefaults.Messaging;
using MedCoder.ServiceDefaults.Security;
using MedCoder.ServiceDefaults.Storage;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace MedCoder.CodeSuggestion;

public static class CodeSuggestionModule
{
    public const string Name = "code-suggestion";

    public static IServiceCollection AddCodeSuggestion(this IServiceCollection services)
    {
        services.AddServiceStore(Name, (store, signal) => new CodeSuggestionCollections(store, signal), CodeSuggestionCollections.SuggestionsName);
        services.TryAddSingleton<ICodeSets>(sp => CodeSetLibrary.Load(CodeSetLocations.FromEnvironment(name => sp.GetRequiredService<IConfiguration>()[name])));
        services.AddSingleton<CodeLookup>();
        services.AddSingleton<SearchIndexes>();
        AutoReleaseSettings.AddTo(services);
        services.AddSingleton(sp => new ClinicalCoder(sp.GetRequiredService<ICodeSets>())
        {
            AutoReleaseConfidence = sp.GetRequiredService<IOptions<AutoReleaseSettings>>().Value.MinConfidence,
        });
        services.AddSingleton<IEncounterCoder>(sp => sp.GetRequiredService<ClinicalCoder>());
        services.AddHostedService<CoderWarmup>();
        services.AddSingleton<SuggestionService>();
        return services;
    }

    public static void AddCodeSuggestionConsumers(this IBusRegistrationConfigurator bus) =>
        bus.AddServiceConsumer<EncounterReceivedConsumer>(Name, "encounter-received");

    public static IEndpointRouteBuilder MapCodeSuggestion(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/coding/suggestions/{id}", SuggestionEndpoints.GetAsync)
            .RequireAuthorization(Policies.ReadCoding)
            .WithTags("Coding")
            .WithSummary("Codes suggested for an encounter revision, with evidence and confidence")
            .ProducesProblem(StatusCodes.Status404NotFound);
        var codeSets = app.MapGroup("/api/codesets").WithTags("Code sets").RequireAuthorization(Policies.ReadCodeSets);
        codeSets.MapGet("/icd10cm", CodeSetEndpoints.Search)
            .WithSummary("Ranked ICD-10-CM typeahead over descriptions and inclusion terms (q=chf, dos=yyyy-MM-dd)");
        codeSets.MapGet("/{system}/{code}", CodeSetEndpoints.Describe)
            .WithSummary("One code on a date of service: description, billable, hierarchy, notes and what changed across versions")
            .ProducesProblem(StatusCodes.Status404NotFound);
        app.MapGet("/api/stats/code-suggestion", SuggestionEndpoints.StatsAsync).RequireAuthorization(Policies.Operations).WithTags("Operations");
        return app;
    }
}
