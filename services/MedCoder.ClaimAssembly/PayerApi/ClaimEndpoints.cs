using System.Text;
using MedCoder.ClaimAssembly.Acknowledgements;
using MedCoder.ClaimAssembly.Billing;
using MedCoder.ClaimAssembly.Claims;
using MedCoder.ClaimAssembly.Delivery;
using MedCoder.ClaimAssembly.Fhir;
using MedCoder.ClaimAssembly.X12;
using MedCoder.ServiceDefaults.Outbox;
using MedCoder.ServiceDefaults.Security;
using MedCoder.Storage;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MedCoder.ClaimAssembly.PayerApi;

/// <summary>The payer pull API. A payer sees only claims addressed to it; another payer's claim answers 404.</summary>
public static class ClaimEndpoints
{
    public sealed record ClaimPage(IReadOnlyList<Claim> Items, string? NextCursor);

    public static async Task<Results<Ok<ClaimPage>, ValidationProblem>> ListAsync(
        HttpContext context, ClaimAssemblyCollections collections, string? status, string? payer, string? cursor, int? limit, CancellationToken cancellationToken)
    {
        var caller = Caller.From(context.User);
        // A payer is always limited to its own claims, whatever it asks for.
        var partition = caller.SeesAllOrganizations ? payer : caller.Organization;
        return await ClaimPages.QueryAsync(collections, partition, status, cursor, limit, cancellationToken);
    }

    /// <summary>
    /// One claim in the form the Accept header asks for: application/json (the default), application/edi-x12 (the 837
    /// interchange; <see cref="ClaimInterchanges"/>) or application/fhir+json (the FHIR R4 Bundle). A claim whose
    /// encounter lacked what the 837 or FHIR claim needs answers 422 naming the fields.
    /// </summary>
    public static async Task<Results<Ok<Claim>, ContentHttpResult, ProblemHttpResult>> GetAsync(
        string id, HttpContext context, ClaimAssemblyCollections collections, ClaimInterchanges interchanges, CancellationToken cancellationToken)
    {
        var document = await collections.Claims.GetAsync(id, cancellationToken);
        if (document is null || !Caller.From(context.User).CanAccess(document.Body.PayerId))
        {
            return NotFound();
        }

        var claim = document.Body;
        switch (ClaimMediaTypes.Negotiate(context.Request.GetTypedHeaders().Accept))
        {
            case ClaimMediaTypes.X12:
                var rendered = await interchanges.RenderAsync(claim, cancellationToken);
                return rendered.Interchange is { } x12 ? TypedResults.Text(x12, ClaimMediaTypes.X12, Encoding.ASCII) : CannotRender(rendered.Billing);
            case ClaimMediaTypes.Fhir:
                var billing = BillingClaimBuilder.Build(claim);
                return billing.CanRender
                    ? TypedResults.Text(ClaimBundleWriter.ToJson(ClaimBundleWriter.Build(billing.Claims, claim.AssembledAt)), ClaimMediaTypes.Fhir, Encoding.UTF8)
                    : CannotRender(billing);
            case ClaimMediaTypes.Json:
                return TypedResults.Ok(claim);
            default:
                return TypedResults.Problem(title: "Not acceptable", detail: $"Claims are served as {ClaimMediaTypes.Json}, {ClaimMediaTypes.X12} or {ClaimMediaTypes.Fhir}.", statusCode: StatusCodes.Status406NotAcceptable);
        }
    }

    /// <summary>
    /// POST /api/claims/acknowledgements: a payer's 999 or 277CA (X12 text). Each claim it names is acknowledged or
    /// rejected with the payer's reason (<see cref="AcknowledgementService"/>); the answer lists what happened to each.
    /// </summary>
    public static async Task<Results<Ok<IReadOnlyList<AcknowledgementOutcome>>, ProblemHttpResult>> AcknowledgementsAsync(
        HttpContext context, AcknowledgementService acknowledgements, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(context.Request.Body, Encoding.ASCII);
        var text = await reader.ReadToEndAsync(cancellationToken);
        var caller = Caller.From(context.User);
        try
        {
            return TypedResults.Ok(await acknowledgements.ApplyAsync(text, caller.CanAccess, cancellationToken));
        }
        catch (X12FormatException ex)
        {
            // The message names segments and positions only (X12FormatException), never content.
            return TypedResults.Problem(title: "Not a readable 999 or 277CA", detail: ex.Message, statusCode: StatusCodes.Status400BadRequest);
        }
    }

    private static ProblemHttpResult CannotRender(BillingResult billing) =>
        TypedResults.Problem(
            title: "The claim cannot be rendered",
            detail: billing.Reason,
            statusCode: StatusCodes.Status422UnprocessableEntity,
            extensions: new Dictionary<string, object?> { ["missingFields"] = billing.MissingFields, ["brokenLimits"] = billing.BrokenLimits });

    /// <summary>Acknowledging twice is harmless: the first acknowledgement time is kept (<see cref="Claim.Acknowledge"/>).</summary>
    public static async Task<Results<Ok<Claim>, ProblemHttpResult>> AcknowledgeAsync(
        string id, HttpContext context, ClaimAssemblyCollections collections, TimeProvider clock, CancellationToken cancellationToken)
    {
        var caller = Caller.From(context.User);
        var now = clock.GetUtcNow();
        var update = await collections.Claims.UpdateAsync(id, current =>
        {
            if (current is null || !caller.CanAccess(current.Body.PayerId))
            {
                return null;
            }

            var acknowledged = current.Body.Acknowledge(now);
            return acknowledged == current.Body ? null : new DocumentWrite<Claim>(id, acknowledged, current.Partition, acknowledged.Status.Name());
        }, cancellationToken);

        return update.Body is { } claim && caller.CanAccess(claim.PayerId) ? TypedResults.Ok(claim) : NotFound();
    }

    public static async Task<Ok<ClaimAssemblyStats>> StatsAsync(ClaimAssemblyCollections collections, OutboxMonitor outbox, DeliveryMetrics deliveryMetrics, CancellationToken cancellationToken) =>
        TypedResults.Ok(new ClaimAssemblyStats(
            ClaimAssemblyModule.Name,
            await outbox.StatusAsync(ClaimAssemblyModule.Name, cancellationToken),
            await collections.Claims.CountAsync(status: ClaimStatus.Ready.Name(), cancellationToken: cancellationToken),
            await collections.Claims.CountAsync(status: ClaimStatus.Acknowledged.Name(), cancellationToken: cancellationToken))
        {
            Rejected = await collections.Claims.CountAsync(status: ClaimStatus.Rejected.Name(), cancellationToken: cancellationToken),
            Delivered = await collections.Claims.CountAsync(status: ClaimStatus.Delivered.Name(), cancellationToken: cancellationToken),
            DeadLetters = await collections.Claims.CountAsync(status: ClaimStatus.DeadLetter.Name(), cancellationToken: cancellationToken),
            Superseded = await collections.Claims.CountAsync(status: ClaimStatus.Superseded.Name(), cancellationToken: cancellationToken),
            Withdrawn = await collections.Claims.CountAsync(status: ClaimStatus.Withdrawn.Name(), cancellationToken: cancellationToken),
            Delivery = new DeliveryStats(await AttemptsByOutcomeAsync(collections, cancellationToken), deliveryMetrics.CircuitsOpened),
        });

    private static readonly string[] AttemptOutcomes =
        [DeliveryOutcomes.Delivered, DeliveryOutcomes.Failed, DeliveryOutcomes.Timeout, DeliveryOutcomes.Unreachable, DeliveryOutcomes.CircuitOpen, DeliveryOutcomes.CannotRender];

    private static async Task<IReadOnlyDictionary<string, long>> AttemptsByOutcomeAsync(ClaimAssemblyCollections collections, CancellationToken cancellationToken)
    {
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var outcome in AttemptOutcomes)
        {
            counts[outcome] = await collections.DeliveryAttempts.CountAsync(status: outcome, cancellationToken: cancellationToken);
        }

        return counts;
    }

    private static ProblemHttpResult NotFound() =>
        TypedResults.Problem(title: "Not found", detail: "No claim with this id is visible to you.", statusCode: StatusCodes.Status404NotFound);
}
