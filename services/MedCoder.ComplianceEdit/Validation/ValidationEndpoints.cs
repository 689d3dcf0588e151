using MedCoder.ServiceDefaults.Outbox;
using MedCoder.Contracts;

namespace MedCoder.ComplianceEdit.Validation;

public static class ValidationEndpoints
{
    public static async Task<IResult> GetAsync(string id, ComplianceEditCollections collections, CancellationToken cancellationToken) =>
        await collections.Validations.GetAsync(id, cancellationToken) is { } document
            ? TypedResults.Ok(document.Body)
            : TypedResults.Problem(title: "Not found", detail: "No edit result exists for this encounter id.", statusCode: StatusCodes.Status404NotFound);

    public static async Task<IResult> StatsAsync(ComplianceEditCollections collections, OutboxMonitor outbox, CancellationToken cancellationToken) =>
        TypedResults.Ok(new
        {
            service = ComplianceEditModule.Name, outbox = await outbox.StatusAsync(ComplianceEditModule.Name, cancellationToken),
            passed = await collections.Validations.CountAsync(status: Stages.Validated, cancellationToken: cancellationToken),
            failed = await collections.Validations.CountAsync(status: Stages.Failed, cancellationToken: cancellationToken),
        });
}
