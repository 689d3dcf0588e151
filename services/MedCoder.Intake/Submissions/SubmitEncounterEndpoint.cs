using System.Text.Json;
using MedCoder.Intake.Tracking;
using MedCoder.ServiceDefaults.Security;
using MedCoder.Storage;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace MedCoder.Intake.Submissions;

public static class SubmitEncounterEndpoint
{
    public const string IdempotencyHeader = "Idempotency-Key";

    public static async Task<IResult> HandleAsync(
        HttpContext context,
        EncounterValidator validator,
        EncounterIntake intake,
        CancellationToken cancellationToken)
    {
        EncounterSubmission? submission;
        try
        {
            submission = await context.Request.ReadFromJsonAsync<EncounterSubmission>(StoreJson.Options, cancellationToken);
        }
        catch (JsonException ex)
        {
            // Position only: the body may hold PHI and is never echoed.
            return TypedResults.Problem(
                title: "Malformed JSON",
                detail: $"The body is not a valid encounter document (at {ex.Path ?? "$"}, line {ex.LineNumber + 1}).",
                statusCode: StatusCodes.Status400BadRequest);
        }
        catch (InvalidOperationException)
        {
            return TypedResults.Problem(title: "Unsupported media type", detail: "Send the encounter as application/json.", statusCode: StatusCodes.Status415UnsupportedMediaType);
        }

        if (submission is null)
        {
            return TypedResults.Problem(title: "Empty body", detail: "Send an encounter document.", statusCode: StatusCodes.Status400BadRequest);
        }

        var caller = Caller.From(context.User);
        if (submission.Organization is { } organization && !caller.CanAccess(organization))
        {
            return TypedResults.Problem(title: "Forbidden", detail: "Your API key may only submit encounters of its own organization.", statusCode: StatusCodes.Status403Forbidden);
        }

        var validation = validator.Validate(submission);
        if (!validation.IsValid)
        {
            return TypedResults.ValidationProblem(validation.Errors, title: "The encounter has invalid fields", detail: "Every invalid field is listed under errors.");
        }

        var idempotencyKey = context.Request.Headers[IdempotencyHeader].FirstOrDefault();
        if (idempotencyKey is { Length: > 200 })
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { [IdempotencyHeader] = ["must be at most 200 characters"] });
        }

        var outcome = await intake.SubmitAsync(validation.Encounter!, idempotencyKey, cancellationToken);
        if (outcome.Result == SubmissionResult.Conflict)
        {
            return TypedResults.Problem(title: "Conflict", detail: outcome.ConflictReason, statusCode: StatusCodes.Status409Conflict);
        }

        if (outcome.Result == SubmissionResult.Replayed)
        {
            context.Response.Headers["Idempotent-Replayed"] = "true";
        }

        var record = outcome.Record!;
        return TypedResults.Accepted($"/api/encounters/{record.Id}", EncounterStatusView.From(record));
    }
}
