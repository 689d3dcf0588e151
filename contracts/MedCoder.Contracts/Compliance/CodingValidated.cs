using MedCoder.Contracts.Coding;
using MedCoder.Contracts.Encounters;

namespace MedCoder.Contracts.Compliance;

/// <summary>ComplianceEdit found no blocking error; Findings holds the warnings. Errors stop the encounter with EncounterFailed instead.</summary>
public sealed record CodingValidated(
    EncounterKey Key,
    int Revision,
    Guid CorrelationId,
    Encounter Encounter,
    IReadOnlyList<SuggestedCode> Codes,
    IReadOnlyList<EditFinding> Findings,
    string CodeSetVersion,
    DateTimeOffset ReceivedAt) : IEncounterMessage;
