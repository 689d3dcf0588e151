using MedCoder.Intake.Tracking;
using MedCoder.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MedCoder.Intake.Withdrawals;

public static class WithdrawEncounterEndpoint
{
    /// <summary>200 with the status (withdrawn) the first time and every time after; another organization's encounter answers 404.</summary>
    public static async Task<Results<Ok<EncounterStatusView>, ProblemHttpResult>> HandleAsync(string id, HttpContext context, EncounterWithdrawal withdrawal, CancellationToken cancellationToken)
    {
        var caller = Caller.From(context.User);
        var outcome = await withdrawal.WithdrawAsync(id, caller.CanAccess, cancellationToken);
        return outcome.Result switch
        {
            WithdrawalResult.NotFound => TypedResults.Problem(title: "Not found", detail: "No encounter with this id is visible to you.", statusCode: StatusCodes.Status404NotFound),
            WithdrawalResult.NotLatest => TypedResults.Problem(
                title: "Conflict",
                detail: $"A later revision of this encounter was accepted; withdraw the latest revision ({outcome.LatestRevisionId}).",
                statusCode: StatusCodes.Status409Conflict),
            _ => TypedResults.Ok(EncounterStatusView.From(outcome.Record!)),
        };
    }
}
