using MedCoder.Contracts;
using MedCoder.Storage;

namespace MedCoder.Intake.Tracking;

/// <summary>Records a downstream stage on the encounter; events of one encounter may race, so the update is compare-and-set.</summary>
public sealed class EncounterTracker(IntakeCollections collections)
{
    public async Task RecordAsync(EncounterKey key, int revision, StageReport report, CancellationToken cancellationToken)
    {
        var id = key.ResourceId(revision);
        await collections.Encounters.UpdateAsync(id, current =>
        {
            if (current is null)
            {
                throw new InvalidOperationException($"Encounter {id} is unknown to Intake");
            }

            var updated = StageTracker.Apply(current.Body, report);
            return updated == current.Body
                ? null // redelivery of an event already recorded
                : new DocumentWrite<EncounterRecord>(id, updated, current.Partition, updated.Stage);
        }, cancellationToken);
    }
}
