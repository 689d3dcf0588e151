using MedCoder.Contracts.Encounters;

namespace MedCoder.Contracts.Intake;

/// <summary>Intake accepted and stored an encounter revision.</summary>
public sealed record EncounterReceived(
    EncounterKey Key,
    int Revision,
    Guid CorrelationId,
    Encounter Encounter,
    DateTimeOffset ReceivedAt) : IEncounterMessage;
