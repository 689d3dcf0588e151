using MedCoder.Intake.Submissions;
using MedCoder.Intake.Tracking;
using MedCoder.Storage;

namespace MedCoder.Intake;

/// <summary>Intake's store: encounter records (with their outbox), idempotency keys and encounter heads.</summary>
public sealed class IntakeCollections(IDocumentStore store, OutboxSignal outboxSignal)
{
    public const string EncountersName = "encounters";

    public IDocumentCollection<EncounterRecord> Encounters { get; } = store.Collection<EncounterRecord>(EncountersName);

    public IDocumentCollection<IdempotencyRecord> IdempotencyKeys { get; } = store.Collection<IdempotencyRecord>("idempotency-keys");

    /// <summary>The latest accepted revision per encounter key (no outbox).</summary>
    public IDocumentCollection<EncounterHead> EncounterHeads { get; } = store.Collection<EncounterHead>("encounter-heads");

    public OutboxSignal OutboxSignal { get; } = outboxSignal;
}
