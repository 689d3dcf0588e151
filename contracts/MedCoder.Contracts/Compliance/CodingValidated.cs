using MedCoder.Contracts.Coding;
using MedCoder.Contracts.Encounters;

namespace MedCoder.Contracts.Compliance;

/// <summary>
/// The coding of an encounter revision is released for a claim: auto-released without errors or warnings, or released by a
/// coder (Findings holds the warnings the coder overrode). A coding version above 1 is a coder's later decision, e.g. the
/// correction of a claim the payer rejected, which ClaimAssembly resubmits (docs/architecture.md#worklist-and-audit).
/// </summary>
/// <param name="Lines">The checked claim lines (added field; null from older producers).</param>
/// <param name="Unbilled">Documented services with no charge (added field; null from older producers).</param>
/// <param name="CodingVersion">The worklist item's coding version released (added field; null from older producers means 1).</param>
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
    IReadOnlyList<UnbilledService>? Unbilled = null,
    int? CodingVersion = null) : IEncounterMessage;
