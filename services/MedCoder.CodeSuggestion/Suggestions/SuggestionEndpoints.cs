using MedCoder.Contracts;
using MedCoder.ServiceDefaults.Outbox;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MedCoder.CodeSuggestion.Suggestions;

public static class SuggestionEndpoints
{
    public static async Task<Results<Ok<SuggestionRecord>, ProblemHttpResult>> GetAsync(string id, CodeSuggestionCollections collections, CancellationToken cancellationToken) =>
        await collections.Suggestions.GetAsync(id, cancellationToken) is { } document
            ? TypedResults.Ok(document.Body)
            : TypedResults.Problem(title: "Not found", detail: "No suggestion exists for this encounter id.", statusCode: StatusCodes.Status404NotFound);

    public static async Task<Ok<CodeSuggestionStats>> StatsAsync(CodeSuggestionCollections collections, OutboxMonitor outbox, CancellationToken cancellationToken) =>
        TypedResults.Ok(new CodeSuggestionStats(
            CodeSuggestionModule.Name,
            await outbox.StatusAsync(CodeSuggestionModule.Name, cancellationToken),
            await collections.Suggestions.CountAsync(status: Stages.Coded, cancellationToken: cancellationToken)));
}
