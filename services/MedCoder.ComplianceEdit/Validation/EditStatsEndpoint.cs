using System.Globalization;
using MedCoder.Storage;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MedCoder.ComplianceEdit.Validation;

/// <summary>
/// Counts findings per edit id and severity over the validations of a period (by when they were edited). Reads the
/// validations in store order, a page at a time: an operations report, not a hot path.
/// </summary>
public static class EditStatsEndpoint
{
    private const int DefaultDays = 30;
    private const int PageSize = 500;

    public static async Task<Results<Ok<EditStats>, ValidationProblem>> GetAsync(string? from, string? to, ComplianceEditCollections collections, TimeProvider clock, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var last = Parse(to, "to", today, errors);
        var first = Parse(from, "from", last.AddDays(1 - DefaultDays), errors);
        if (errors.Count == 0 && first > last)
        {
            errors["from"] = ["must not be after 'to'"];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var (start, end) = (new DateTimeOffset(first.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero), new DateTimeOffset(last.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero));
        var counts = new Dictionary<(string, Contracts.Compliance.EditSeverity), (long Findings, long Encounters)>();
        long validations = 0;
        long? after = null;
        do
        {
            var page = await collections.Validations.QueryAsync(new DocumentQuery(AfterSequence: after, Limit: PageSize), cancellationToken);
            foreach (var record in page.Items.Select(d => d.Body).Where(r => r.ValidatedAt >= start && r.ValidatedAt < end))
            {
                validations++;
                foreach (var group in record.Findings.GroupBy(f => (f.EditId, f.Severity)))
                {
                    var (findings, encounters) = counts.GetValueOrDefault(group.Key);
                    counts[group.Key] = (findings + group.Count(), encounters + 1);
                }
            }

            after = page.NextCursor;
        }
        while (after is not null);

        return TypedResults.Ok(new EditStats(first, last, validations, [.. counts
            .Select(c => new EditCount(c.Key.Item1, FamilyOf(c.Key.Item1), c.Key.Item2, c.Value.Findings, c.Value.Encounters))
            .OrderByDescending(c => c.Findings).ThenBy(c => c.EditId, StringComparer.Ordinal).ThenBy(c => c.Severity)]));
    }

    /// <summary>NCCI-PTP-NOT-ALLOWED is of the NCCI-PTP family, DX-INVALID of DX: the id minus its last word.</summary>
    public static string FamilyOf(string editId) =>
        editId.StartsWith("NCCI-", StringComparison.Ordinal) && editId.IndexOf('-', 5) is > 0 and var second ? editId[..second] : editId.Split('-')[0];

    private static DateOnly Parse(string? text, string field, DateOnly fallback, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrEmpty(text))
        {
            return fallback;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        errors[field] = ["must be a date yyyy-MM-dd"];
        return fallback;
    }
}
