using MedCoder.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace MedCoder.ComplianceEdit.Worklist;

/// <summary>The coder worklist and the audit trail (docs/architecture.md#worklist-and-audit). Another organization's item answers 404.</summary>
public static class WorklistEndpoints
{
    public static async Task<Results<Ok<WorklistPage>, ProblemHttpResult>> ListAsync(
        HttpContext context, ComplianceEditCollections collections, CancellationToken cancellationToken,
        [FromQuery] string? reason = null, [FromQuery] string? setting = null, [FromQuery] string? payer = null, [FromQuery] string? editId = null,
        [FromQuery] string? order = null, [FromQuery] string? cursor = null, [FromQuery] int? limit = null)
    {
        var (query, problem) = WorklistQuery.Parse(reason, setting, payer, editId, order, cursor, limit);
        return query is null
            ? TypedResults.Problem(title: "Bad request", detail: problem, statusCode: StatusCodes.Status400BadRequest)
            : TypedResults.Ok(await query.RunAsync(collections.Worklist, Caller.From(context.User), cancellationToken));
    }

    public static async Task<Results<Ok<WorklistItemView>, ProblemHttpResult>> GetAsync(string id, HttpContext context, WorklistService worklist, CancellationToken cancellationToken) =>
        Answer(await worklist.GetAsync(id, Caller.From(context.User), cancellationToken));

    public static async Task<Results<Ok<WorklistItemView>, ProblemHttpResult>> LockAsync(string id, HttpContext context, WorklistService worklist, CancellationToken cancellationToken) =>
        Answer(await worklist.LockAsync(id, Caller.From(context.User), cancellationToken));

    public static async Task<Results<Ok<WorklistItemView>, ProblemHttpResult>> DecideAsync(string id, DecisionRequest? request, HttpContext context, WorklistService worklist, CancellationToken cancellationToken) =>
        request is null
            ? TypedResults.Problem(title: "Bad request", detail: "A JSON body with an action is required.", statusCode: StatusCodes.Status400BadRequest)
            : Answer(await worklist.DecideAsync(id, Caller.From(context.User), request, cancellationToken));

    public static async Task<Results<Ok<WorklistItemView>, ProblemHttpResult>> SendQueryAsync(string id, QueryRequest? request, HttpContext context, WorklistService worklist, CancellationToken cancellationToken) =>
        request is null
            ? TypedResults.Problem(title: "Bad request", detail: "A JSON body with topic and question is required.", statusCode: StatusCodes.Status400BadRequest)
            : Answer(await worklist.SendQueryAsync(id, Caller.From(context.User), request, cancellationToken));

    public static async Task<Results<Ok<WorklistItemView>, ProblemHttpResult>> AnswerQueryAsync(string id, QueryAnswerRequest? request, HttpContext context, WorklistService worklist, CancellationToken cancellationToken) =>
        request is null
            ? TypedResults.Problem(title: "Bad request", detail: "A JSON body with the answer is required.", statusCode: StatusCodes.Status400BadRequest)
            : Answer(await worklist.AnswerQueryAsync(id, Caller.From(context.User), request, cancellationToken));

    public static async Task<Results<Ok<WorklistPage>, ProblemHttpResult>> ListAuditSampleAsync(
        HttpContext context, ComplianceEditCollections collections, CancellationToken cancellationToken, [FromQuery] string? cursor = null, [FromQuery] int? limit = null)
    {
        var (query, problem) = WorklistQuery.Parse(null, null, null, null, null, cursor, limit);
        return query is null
            ? TypedResults.Problem(title: "Bad request", detail: problem, statusCode: StatusCodes.Status400BadRequest)
            : TypedResults.Ok(await (query with { Status = WorklistStatus.AuditPending }).RunAsync(collections.Worklist, Caller.From(context.User), cancellationToken));
    }

    public static async Task<Results<Ok<WorklistItemView>, ProblemHttpResult>> QualityAuditAsync(string id, AuditRequest? request, HttpContext context, QualityAuditService audits, CancellationToken cancellationToken) =>
        request is null
            ? TypedResults.Problem(title: "Bad request", detail: "A JSON body with verdicts or agreeAll is required.", statusCode: StatusCodes.Status400BadRequest)
            : Answer(await audits.AuditAsync(id, Caller.From(context.User), request, cancellationToken));

    public static async Task<Results<Ok<AuditTrailView>, ProblemHttpResult>> AuditAsync(string id, HttpContext context, WorklistService worklist, CancellationToken cancellationToken) =>
        await worklist.GetAsync(id, Caller.From(context.User), cancellationToken) is { Item: { } item }
            ? TypedResults.Ok(new AuditTrailView(item.Id, item.Status, item.Trail))
            : TypedResults.Problem(title: "Not found", detail: "No audit trail for this encounter id is visible to you.", statusCode: StatusCodes.Status404NotFound);

    private static Results<Ok<WorklistItemView>, ProblemHttpResult> Answer(WorklistResult result) =>
        result.Item is { } item && result.Status == StatusCodes.Status200OK
            ? TypedResults.Ok(WorklistItemView.From(item))
            : TypedResults.Problem(title: Title(result.Status), detail: result.Detail, statusCode: result.Status);

    private static string Title(int status) => status switch
    {
        StatusCodes.Status400BadRequest => "Bad request",
        StatusCodes.Status404NotFound => "Not found",
        StatusCodes.Status409Conflict => "Conflict",
        _ => "Cannot release",
    };
}
