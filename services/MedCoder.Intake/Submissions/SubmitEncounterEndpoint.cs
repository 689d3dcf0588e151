using MedCoder.Intake.Tracking;
using MedCoder.ServiceDefaults.Security;
using MedCoder.Storage;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace MedCoder.Intake.Submissions;

public static class SubmitEncounterEndpoint
{
    public const string IdempotencyHeader = "Idempotency-Key";

    public static async Task<Results<Accepted<EncounterStatusView>, ValidationProblem, ProblemHttpResult>> HandleAsync(
        HttpContext context,
        EncounterValidator validator,
        EncounterIntake intake,
        CancellationToken cancellationToken)
    {
        if (!context.Request.HasJsonContentType())
        {
            return TypedResults.Problem(title: "Unsupported media type", detail: "Send the encounter as application/json.", statusCode: StatusCodes.Status415UnsupportedMediaType);
        }

        // Mistyped fields are listed like every other invalid field, by path; the body itself is never echoed (PHI).
        var read = await SubmissionJsonReader.ReadAsync(context.Request.Body, cancellationToken);
        if (read.Submission is null && read.FieldErrors.Count > 0)
        {
            return InvalidFields(read.FieldErrors.ToDictionary(e => e.Key, e => new[] { e.Value }));
        }

        var submission = read.Submission;
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
        if (read.FieldErrors.Count > 0 || !validation.IsValid)
        {
            // A mistyped field was bound as absent: its format message replaces the validator's "is required".
            var errors = new Dictionary<string, string[]>(validation.Errors, StringComparer.Ordinal);
            foreach (var (field, message) in read.FieldErrors)
            {
                errors[field] = [message];
            }

            return InvalidFields(errors);
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

    private static ValidationProblem InvalidFields(IDictionary<string, string[]> errors) =>
        TypedResults.ValidationProblem(errors, title: "The encounter has invalid fields", detail: "Every invalid field is listed under errors.");
}
