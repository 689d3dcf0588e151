using System.Globalization;
using MedCoder.ClaimAssembly.Claims;
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
        long? after = null;
        if (cursor is not null)
        {
            if (!long.TryParse(cursor, CultureInfo.InvariantCulture, out var parsed) || parsed < 0)
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
        return TypedResults.Ok(new ClaimPage(page.Items.Select(d => d.Body).ToList(), page.NextCursor?.ToString(CultureInfo.InvariantCulture)));
    }

    public static async Task<Results<Ok<Claim>, ProblemHttpResult>> GetAsync(string id, HttpContext context, ClaimAssemblyCollections collections, CancellationToken cancellationToken)
    {
        var document = await collections.Claims.GetAsync(id, cancellationToken);
        return document is not null && Caller.From(context.User).CanAccess(document.Body.PayerId)
            ? TypedResults.Ok(document.Body)
            : NotFound();
    }

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

    public static async Task<Ok<ClaimAssemblyStats>> StatsAsync(ClaimAssemblyCollections collections, OutboxMonitor outbox, CancellationToken cancellationToken) =>
        TypedResults.Ok(new ClaimAssemblyStats(
            ClaimAssemblyModule.Name,
            await outbox.StatusAsync(ClaimAssemblyModule.Name, cancellationToken),
            await collections.Claims.CountAsync(status: ClaimStatus.Ready.Name(), cancellationToken: cancellationToken),
            await collections.Claims.CountAsync(status: ClaimStatus.Acknowledged.Name(), cancellationToken: cancellationToken)));

    private static ProblemHttpResult NotFound() =>
        TypedResults.Problem(title: "Not found", detail: "No claim with this id is visible to you.", statusCode: StatusCodes.Status404NotFound);
}
