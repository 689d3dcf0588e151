using MedCoder.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MedCoder.Intake.Tracking;

public static class EncounterStatusEndpoint
{
    /// <summary>Another organization's encounter answers 404, so ids cannot be probed.</summary>
    public static async Task<Results<Ok<EncounterStatusView>, ProblemHttpResult>> HandleAsync(string id, HttpContext context, IntakeCollections collections, CancellationToken cancellationToken)
    {
        var document = await collections.Encounters.GetAsync(id, cancellationToken);
        if (document is null || !Caller.From(context.User).CanAccess(document.Body.Encounter.Key.Organization))
        {
            return TypedResults.Problem(title: "Not found", detail: "No encounter with this id is visible to you.", statusCode: StatusCodes.Status404NotFound);
        }

        return TypedResults.Ok(EncounterStatusView.From(document.Body));
    }
}
