using MedCoder.Contracts.Encounters;

namespace MedCoder.Contracts.Coding;

/// <summary>CodeSuggestion coded an encounter revision.</summary>
/// <param name="Queries">Physician queries raised (added field; null from older producers).</param>
/// <param name="Route">Auto-release or coder worklist (added field; null from older producers).</param>
/// <param name="Lines">The claim's lines: charges with the units the documentation supports (added field; null from older producers).</param>
/// <param name="Unbilled">Documented services with no charge (added field; null from older producers).</param>
public sealed record CodesSuggested(
    EncounterKey Key,
    int Revision,
    Guid CorrelationId,
    Encounter Encounter,
    IReadOnlyList<SuggestedCode> Codes,
    string CodeSetVersion,
    DateTimeOffset ReceivedAt,
    IReadOnlyList<PhysicianQuery>? Queries = null,
    CodingRoute? Route = null,
    IReadOnlyList<ServiceLine>? Lines = null,
    IReadOnlyList<UnbilledService>? Unbilled = null) : IEncounterMessage;
