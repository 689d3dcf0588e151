using MedCoder.Contracts;
using MedCoder.Storage;

namespace MedCoder.Intake.Tracking;

/// <summary>Records a downstream stage on the encounter with compare-and-set, retrying when another event won the race.</summary>
public sealed class EncounterTracker(IntakeCollections collections)
{
    public async Task RecordAsync(EncounterKey key, int revision, StageReport report, CancellationToken cancellationToken)
    {
        var id = key.ResourceId(revision);
        for (var attempt = 0; attempt < 20; attempt++)
        {
            var current = await collections.Encounters.GetAsync(id, cancellationToken)
                ?? throw new InvalidOperationException($"Encounter {id} is unknown to Intake");
            var updated = StageTracker.Apply(current.Body, report);
            if (updated == current.Body)
            {
                return; // redelivery of an event already recorded
            }

            var write = new DocumentWrite<EncounterRecord>(id, updated, current.Partition, updated.Stage);
            if (await collections.Encounters.TryReplaceAsync(write, current.Version, cancellationToken))
            {
                return;
            }
        }

        throw new InvalidOperationException($"Encounter {id}: too many concurrent updates");
    }
}
