using MedCoder.Contracts;

namespace MedCoder.Intake;

/// <summary>Counts per stage for the operations dashboard.</summary>
public static class StatsEndpoint
{
    public static async Task<IResult> HandleAsync(IntakeCollections collections, CancellationToken cancellationToken)
    {
        var counts = new Dictionary<string, long>();
        foreach (var stage in new[] { Stages.Received, Stages.Coded, Stages.Validated, Stages.ClaimAssembled, Stages.Failed })
        {
            counts[stage] = await collections.Encounters.CountAsync(status: stage, cancellationToken: cancellationToken);
        }

        return TypedResults.Ok(new { service = IntakeModule.Name, encountersByStatus = counts, total = counts.Values.Sum() });
    }
}
