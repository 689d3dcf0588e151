using MedCoder.Intake.Submissions;
using MedCoder.Intake.Tracking;
using MedCoder.Storage;

namespace MedCoder.Intake;

/// <summary>Intake's store: encounter records (with their outbox) and idempotency keys.</summary>
public sealed class IntakeCollections(IDocumentStore store, OutboxSignal outboxSignal)
{
    public const string EncountersName = "encounters";

    public IDocumentCollection<EncounterRecord> Encounters { get; } = store.Collection<EncounterRecord>(EncountersName);

    public IDocumentCollection<IdempotencyRecord> IdempotencyKeys { get; } = store.Collection<IdempotencyRecord>("idempotency-keys");

    public OutboxSignal OutboxSignal { get; } = outboxSignal;
}
