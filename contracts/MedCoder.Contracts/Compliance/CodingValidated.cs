using MedCoder.Contracts.Coding;
using MedCoder.Contracts.Encounters;

namespace MedCoder.Contracts.Compliance;

/// <summary>ComplianceEdit found no blocking error; Findings holds the warnings. Errors stop the encounter with EncounterFailed instead.</summary>
/// <param name="Lines">The checked claim lines (added field; null from older producers).</param>
/// <param name="Unbilled">Documented services with no charge (added field; null from older producers).</param>
public sealed record CodingValidated(
    EncounterKey Key,
    int Revision,
    Guid CorrelationId,
    Encounter Encounter,
    IReadOnlyList<SuggestedCode> Codes,
    IReadOnlyList<EditFinding> Findings,
    string CodeSetVersion,
    DateTimeOffset ReceivedAt,
    IReadOnlyList<ServiceLine>? Lines = null,
    IReadOnlyList<UnbilledService>? Unbilled = null) : IEncounterMessage;
