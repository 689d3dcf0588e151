namespace MedCoder.Contracts.Compliance;

/// <summary>
/// ComplianceEdit put an encounter revision on the coder worklist instead of releasing it (docs/architecture.md#worklist-and-audit):
/// no claim until a coder releases it, which then publishes CodingValidated. Reasons are route reasons and edit ids only (no PHI).
/// </summary>
public sealed record CodingHeld(EncounterKey Key, int Revision, Guid CorrelationId, string ItemId, IReadOnlyList<string> Reasons, DateTimeOffset HeldAt) : IEncounterMessage;
