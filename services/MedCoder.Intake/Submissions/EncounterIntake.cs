using System.Security.Cryptography;
using System.Text.Json;
using MedCoder.Contracts;
using MedCoder.Contracts.Encounters;
using MedCoder.Contracts.Intake;
using MedCoder.Intake.Tracking;
using MedCoder.ServiceDefaults.Messaging;
using MedCoder.Storage;

namespace MedCoder.Intake.Submissions;

/// <summary>Maps an Idempotency-Key header (per organization) to the encounter revision it created.</summary>
public sealed record IdempotencyRecord(string ResourceId, string ContentHash);

public enum SubmissionResult { Accepted, Replayed, Conflict }

/// <param name="LatestRevision">Set when the revision is older than the latest accepted one (a Conflict).</param>
public sealed record SubmissionOutcome(SubmissionResult Result, EncounterRecord? Record, string? ConflictReason = null, int? LatestRevision = null);

/// <summary>
/// Accepts a validated encounter: one atomic write of the record and its EncounterReceived outbox entry,
/// so 202 means durable. The same key and revision (or the same Idempotency-Key) returns the first result; a
/// revision older than the latest accepted one is refused (<see cref="RevisionGate"/>).
/// </summary>
public sealed class EncounterIntake(IntakeCollections collections, TimeProvider clock)
{
    private readonly RevisionGate _revisions = new(collections.EncounterHeads);

    public async Task<SubmissionOutcome> SubmitAsync(Encounter encounter, string? idempotencyKey, CancellationToken cancellationToken)
    {
        var id = encounter.Key.ResourceId(encounter.Revision);
        var hash = ContentHash(encounter);

        if (!string.IsNullOrEmpty(idempotencyKey))
        {
            var keyId = DeterministicId.Hex(encounter.Key.Organization, idempotencyKey);
            var claimed = await collections.IdempotencyKeys.InsertIfAbsentAsync(new DocumentWrite<IdempotencyRecord>(keyId, new IdempotencyRecord(id, hash)), cancellationToken);
            var previous = claimed.Document.Body;
            if (previous.ResourceId != id || previous.ContentHash != hash)
            {
                return new SubmissionOutcome(SubmissionResult.Conflict, null, "This Idempotency-Key was already used for a different encounter body.");
            }
        }

        // The same revision again is answered from its record (replay or conflict) whatever the head says.
        if (await collections.Encounters.GetAsync(id, cancellationToken) is { } existing)
        {
            return SameRevision(existing.Body, hash);
        }

        if (await _revisions.AdmitAsync(encounter.Key, encounter.Revision, cancellationToken) is { } latest)
        {
            return new SubmissionOutcome(SubmissionResult.Conflict, null,
                $"revision {encounter.Revision} is older than the latest accepted revision {latest}; send a revision above {latest} to correct the encounter.", latest);
        }

        var receivedAt = clock.GetUtcNow();
        var correlationId = DeterministicId.MessageId(encounter.Key, encounter.Revision, "correlation");
        var record = new EncounterRecord(id, encounter, correlationId, hash, receivedAt, Stages.Received);
        var received = new EncounterReceived(encounter.Key, encounter.Revision, correlationId, encounter, receivedAt);
        var write = new DocumentWrite<EncounterRecord>(id, record, encounter.Key.Organization, Stages.Received, [OutboxMessages.For(received, Stages.Received)]);

        var outcome = await collections.Encounters.InsertIfAbsentAsync(write, cancellationToken);
        if (outcome.Inserted)
        {
            collections.OutboxSignal.Notify();
            return new SubmissionOutcome(SubmissionResult.Accepted, outcome.Document.Body);
        }

        return SameRevision(outcome.Document.Body, hash);
    }

    private static SubmissionOutcome SameRevision(EncounterRecord stored, string hash) =>
        stored.ContentHash == hash
            ? new SubmissionOutcome(SubmissionResult.Replayed, stored)
            : new SubmissionOutcome(SubmissionResult.Conflict, stored, "This encounter revision was already accepted with different content; send a higher revision to correct it.");

    public static string ContentHash(Encounter encounter) =>
        Convert.ToHexStringLower(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(encounter, StoreJson.Options)));
}
