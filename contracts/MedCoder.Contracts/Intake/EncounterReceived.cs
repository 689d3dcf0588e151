using MedCoder.Contracts.Encounters;

namespace MedCoder.Contracts.Intake;

/// <summary>Intake accepted and stored an encounter revision.</summary>
public sealed record EncounterReceived(
    EncounterKey Key,
    int Revision,
    Guid CorrelationId,
    Encounter Encounter,
    DateTimeOffset ReceivedAt) : IEncounterMessage;

/// <summary>A stage stopped the encounter; the reason names rules and counts, never PHI.</summary>
public sealed record EncounterFailed(
    EncounterKey Key,
    int Revision,
    Guid CorrelationId,
    string Stage,
    string Reason) : IEncounterMessage;
