namespace MedCoder.Contracts.Intake;

/// <summary>A stage stopped the encounter; the reason names rules and counts, never PHI.</summary>
public sealed record EncounterFailed(
    EncounterKey Key,
    int Revision,
    Guid CorrelationId,
    string Stage,
    string Reason) : IEncounterMessage;
