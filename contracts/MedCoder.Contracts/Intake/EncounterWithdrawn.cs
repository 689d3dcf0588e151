namespace MedCoder.Contracts.Intake;

/// <summary>
/// The hospital withdrew the encounter (docs/architecture.md#corrections): no claim should stand for it. Revision is the
/// latest revision Intake had accepted; ComplianceEdit closes its open worklist items, ClaimAssembly drops an unsent
/// claim and voids one the payer already has (claim frequency 8).
/// </summary>
public sealed record EncounterWithdrawn(EncounterKey Key, int Revision, Guid CorrelationId, DateTimeOffset WithdrawnAt) : IEncounterMessage;
