using System.Globalization;
using MedCoder.CodeSets.Lookup;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MedCoder.CodeSuggestion.CodeSetApi;

/// <summary>Code search and code facts for people (coders typing, reviewers checking), by date of service.</summary>
public static class CodeSetEndpoints
{
    public static Results<Ok<Icd10CmSearchResult>, ValidationProblem> Search(string? q, string? dos, int? limit, SearchIndexes indexes, TimeProvider clock)
    {
        if (string.IsNullOrWhiteSpace(q))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["q"] = ["type what you are looking for, e.g. chf or fx left radius"] });
        }

        if (!TryDate(dos, clock, out var date))
        {
            return BadDate();
        }

        var choice = indexes.CodeSets.For(date).Icd10Cm;
        var hits = indexes.Icd10Cm(choice.Release).Search(q, limit ?? 20);
        return TypedResults.Ok(new Icd10CmSearchResult(choice.Version, choice.Status.ToString(), date, hits));
    }

    public static Results<Ok<CodeFacts>, ValidationProblem, ProblemHttpResult> Describe(string system, string code, string? dos, CodeLookup lookup, TimeProvider clock)
    {
        if (!TryDate(dos, clock, out var date))
        {
            return BadDate();
        }

        var facts = lookup.Describe(system.ToLowerInvariant(), code, date);
        return facts is null
            ? TypedResults.Problem(title: "Unknown code system", detail: $"Use one of: {string.Join(", ", CodeSystemNames.All)}.", statusCode: StatusCodes.Status404NotFound)
            : TypedResults.Ok(facts);
    }

    private static bool TryDate(string? text, TimeProvider clock, out DateOnly date)
    {
        if (string.IsNullOrEmpty(text))
        {
            date = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
            return true;
        }

        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
    }

    private static ValidationProblem BadDate() =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["dos"] = ["must be a date of service as yyyy-MM-dd"] });
}
