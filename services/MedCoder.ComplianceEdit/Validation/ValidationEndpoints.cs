using MedCoder.ComplianceEdit.Worklist;
using MedCoder.Contracts;
using MedCoder.ServiceDefaults.Outbox;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MedCoder.ComplianceEdit.Validation;

public static class ValidationEndpoints
{
    public static async Task<Results<Ok<ValidationRecord>, ProblemHttpResult>> GetAsync(string id, ComplianceEditCollections collections, CancellationToken cancellationToken) =>
        await collections.Validations.GetAsync(id, cancellationToken) is { } document
            ? TypedResults.Ok(document.Body)
            : TypedResults.Problem(title: "Not found", detail: "No edit result exists for this encounter id.", statusCode: StatusCodes.Status404NotFound);

    public static async Task<Ok<ComplianceEditStats>> StatsAsync(ComplianceEditCollections collections, OutboxMonitor outbox, TimeProvider clock, CancellationToken cancellationToken) =>
        TypedResults.Ok(new ComplianceEditStats(
            ComplianceEditModule.Name,
            await outbox.StatusAsync(ComplianceEditModule.Name, cancellationToken),
            await collections.Validations.CountAsync(status: Stages.Validated, cancellationToken: cancellationToken),
            await collections.Validations.CountAsync(status: Stages.Failed, cancellationToken: cancellationToken),
            await WorklistStats.ReadAsync(collections.Worklist, clock.GetUtcNow(), cancellationToken)));
}
