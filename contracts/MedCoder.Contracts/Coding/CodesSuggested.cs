using MedCoder.Contracts.Encounters;

namespace MedCoder.Contracts.Coding;

/// <summary>CodeSuggestion coded an encounter revision.</summary>
/// <param name="Queries">Physician queries raised (added field; null from older producers).</param>
/// <param name="Route">Auto-release or coder worklist (added field; null from older producers).</param>
public sealed record CodesSuggested(
    EncounterKey Key,
    int Revision,
    Guid CorrelationId,
    Encounter Encounter,
    IReadOnlyList<SuggestedCode> Codes,
    string CodeSetVersion,
    DateTimeOffset ReceivedAt,
    IReadOnlyList<PhysicianQuery>? Queries = null,
    CodingRoute? Route = null) : IEncounterMessage;
