using System.Globalization;
using MedCoder.Storage;
using Microsoft.AspNetCore.Http.HttpResults;
using static MedCoder.ClaimAssembly.PayerApi.ClaimEndpoints;

namespace MedCoder.ClaimAssembly.PayerApi;

/// <summary>A page of stored claims by partition and status, oldest first, from the caller's cursor and limit (checked).</summary>
public static class ClaimPages
{
    private const int DefaultLimit = 100;
    private const int MaxLimit = 500;

    public static async Task<Results<Ok<ClaimPage>, ValidationProblem>> QueryAsync(
        ClaimAssemblyCollections collections, string? partition, string? status, string? cursor, int? limit, CancellationToken cancellationToken)
    {
        long? after = null;
        if (cursor is not null)
        {
            if (!long.TryParse(cursor, CultureInfo.InvariantCulture, out var parsed) || parsed < 0)
            {
                return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["cursor"] = ["is not a cursor returned by this API"] });
            }

            after = parsed;
        }

        if (limit is < 1 or > MaxLimit)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["limit"] = [$"must be between 1 and {MaxLimit}"] });
        }

        var page = await collections.Claims.QueryAsync(new DocumentQuery(partition, status, after, limit ?? DefaultLimit), cancellationToken);
        return TypedResults.Ok(new ClaimPage(page.Items.Select(d => d.Body).ToList(), page.NextCursor?.ToString(CultureInfo.InvariantCulture)));
    }
}
