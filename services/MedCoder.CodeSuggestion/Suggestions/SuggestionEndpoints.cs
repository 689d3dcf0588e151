using MedCoder.ServiceDefaults.Outbox;
using MedCoder.Contracts;

namespace MedCoder.CodeSuggestion.Suggestions;

public static class SuggestionEndpoints
{
    public static async Task<IResult> GetAsync(string id, CodeSuggestionCollections collections, CancellationToken cancellationToken) =>
        await collections.Suggestions.GetAsync(id, cancellationToken) is { } document
            ? TypedResults.Ok(document.Body)
            : TypedResults.Problem(title: "Not found", detail: "No suggestion exists for this encounter id.", statusCode: StatusCodes.Status404NotFound);

    public static async Task<IResult> StatsAsync(CodeSuggestionCollections collections, OutboxMonitor outbox, CancellationToken cancellationToken) =>
        TypedResults.Ok(new { service = CodeSuggestionModule.Name, outbox = await outbox.StatusAsync(CodeSuggestionModule.Name, cancellationToken), coded = await collections.Suggestions.CountAsync(status: Stages.Coded, cancellationToken: cancellationToken) });
}
