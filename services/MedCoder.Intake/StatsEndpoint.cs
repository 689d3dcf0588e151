using MedCoder.Contracts;
using MedCoder.ServiceDefaults.Outbox;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MedCoder.Intake;

/// <summary>Counts per stage for the operations dashboard.</summary>
public static class StatsEndpoint
{
    public static async Task<Ok<IntakeStats>> HandleAsync(IntakeCollections collections, OutboxMonitor outbox, CancellationToken cancellationToken)
    {
        var counts = new Dictionary<string, long>();
        foreach (var stage in new[] { Stages.Received, Stages.Coded, Stages.HeldForReview, Stages.Validated, Stages.ClaimAssembled, Stages.Failed, Stages.Withdrawn })
        {
            counts[stage] = await collections.Encounters.CountAsync(status: stage, cancellationToken: cancellationToken);
        }

        return TypedResults.Ok(new IntakeStats(IntakeModule.Name, counts, counts.Values.Sum(), await outbox.StatusAsync(IntakeModule.Name, cancellationToken)));
    }
}
