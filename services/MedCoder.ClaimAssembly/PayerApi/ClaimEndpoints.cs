using MedCoder.ServiceDefaults.Outbox;
using MedCoder.ClaimAssembly.Claims;
using MedCoder.ServiceDefaults.Security;
using MedCoder.Storage;

namespace MedCoder.ClaimAssembly.PayerApi;

/// <summary>The payer pull API. A payer sees only claims addressed to it; another payer's claim answers 404.</summary>
public static class ClaimEndpoints
{
    public sealed record ClaimPage(IReadOnlyList<Claim> Items, string? NextCursor);

    public static async Task<IResult> ListAsync(HttpContext context, ClaimAssemblyCollections collections, string? status, string? payer, string? cursor, int? limit, CancellationToken cancellationToken)
    {
        var caller = Caller.From(context.User);
        long? after = null;
        if (cursor is not null)
        {
            if (!long.TryParse(cursor, System.Globalization.CultureInfo.InvariantCulture, out var parsed) || parsed < 0)
            {
                return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["cursor"] = ["is not a cursor returned by this API"] });
            }

            after = parsed;
        }

        if (limit is < 1 or > 500)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["limit"] = ["must be between 1 and 500"] });
        }

        // A payer is always limited to its own claims, whatever it asks for.
        var partition = caller.SeesAllOrganizations ? payer : caller.Organization;
        var page = await collections.Claims.QueryAsync(new DocumentQuery(partition, status, after, limit ?? 100), cancellationToken);
        return TypedResults.Ok(new ClaimPage(page.Items.Select(d => d.Body).ToList(), page.NextCursor?.ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }

    public static async Task<IResult> GetAsync(string id, HttpContext context, ClaimAssemblyCollections collections, CancellationToken cancellationToken) =>
        await FindVisibleAsync(id, context, collections, cancellationToken) is { } document
            ? TypedResults.Ok(document.Body)
            : NotFound();

    /// <summary>Acknowledging twice is harmless: the first acknowledgement time is kept.</summary>
    public static async Task<IResult> AcknowledgeAsync(string id, HttpContext context, ClaimAssemblyCollections collections, TimeProvider clock, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < 10; attempt++)
        {
            if (await FindVisibleAsync(id, context, collections, cancellationToken) is not { } document)
            {
                return NotFound();
            }

            if (document.Body.Status == ClaimStatus.Acknowledged)
            {
                return TypedResults.Ok(document.Body);
            }

            var acknowledged = document.Body with { Status = ClaimStatus.Acknowledged, AcknowledgedAt = clock.GetUtcNow() };
            if (await collections.Claims.TryReplaceAsync(new DocumentWrite<Claim>(id, acknowledged, document.Partition, acknowledged.Status), document.Version, cancellationToken))
            {
                return TypedResults.Ok(acknowledged);
            }
        }

        return TypedResults.Problem(title: "Conflict", detail: "The claim changed while it was being acknowledged; try again.", statusCode: StatusCodes.Status409Conflict);
    }

    public static async Task<IResult> StatsAsync(ClaimAssemblyCollections collections, OutboxMonitor outbox, CancellationToken cancellationToken) =>
        TypedResults.Ok(new
        {
            service = ClaimAssemblyModule.Name, outbox = await outbox.StatusAsync(ClaimAssemblyModule.Name, cancellationToken),
            ready = await collections.Claims.CountAsync(status: ClaimStatus.Ready, cancellationToken: cancellationToken),
            acknowledged = await collections.Claims.CountAsync(status: ClaimStatus.Acknowledged, cancellationToken: cancellationToken),
        });

    private static async Task<Document<Claim>?> FindVisibleAsync(string id, HttpContext context, ClaimAssemblyCollections collections, CancellationToken cancellationToken)
    {
        var document = await collections.Claims.GetAsync(id, cancellationToken);
        return document is not null && Caller.From(context.User).CanAccess(document.Body.PayerId) ? document : null;
    }

    private static IResult NotFound() =>
        TypedResults.Problem(title: "Not found", detail: "No claim with this id is visible to you.", statusCode: StatusCodes.Status404NotFound);
}
