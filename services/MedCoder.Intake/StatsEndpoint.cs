using MedCoder.ServiceDefaults.Outbox;
using MedCoder.Contracts;

namespace MedCoder.Intake;

/// <summary>Counts per stage for the operations dashboard.</summary>
public static class StatsEndpoint
{
    public static async Task<IResult> HandleAsync(IntakeCollections collections, OutboxMonitor outbox, CancellationToken cancellationToken)
    {
        var counts = new Dictionary<string, long>();
        foreach (var stage in new[] { Stages.Received, Stages.Coded, Stages.Validated, Stages.ClaimAssembled, Stages.Failed })
        {
            counts[stage] = await collections.Encounters.CountAsync(status: stage, cancellationToken: cancellationToken);
        }

        return TypedResults.Ok(new { service = IntakeModule.Name, encountersByStatus = counts, total = counts.Values.Sum(), outbox = await outbox.StatusAsync(IntakeModule.Name, cancellationToken) });
    }
}
