namespace MedCoder.Contracts.Claims;

/// <summary>
/// ClaimAssembly hands an encounter revision back to the coder worklist (docs/architecture.md#worklist-and-audit): its
/// 837 lacks fields the guide requires (<see cref="ClaimReturnKinds.Incomplete"/>, Details = the missing field paths) or
/// the payer's 999/277CA rejected it (<see cref="ClaimReturnKinds.PayerRejected"/>, Details = the payer's reason).
/// Details hold field names and payer codes, never PHI.
/// </summary>
public sealed record ClaimReturned(
    EncounterKey Key,
    int Revision,
    Guid CorrelationId,
    string ClaimId,
    string Kind,
    IReadOnlyList<string> Details,
    DateTimeOffset ReturnedAt) : IEncounterMessage;

/// <summary>Why a claim came back; also the worklist reason the item is held under.</summary>
public static class ClaimReturnKinds
{
    public const string Incomplete = "claim-incomplete";
    public const string PayerRejected = "payer-rejected";
}
