namespace MedCoder.Contracts.Claims;

/// <summary>ClaimAssembly built a claim that the payer can now pull.</summary>
public sealed record ClaimAssembled(
    EncounterKey Key,
    int Revision,
    Guid CorrelationId,
    string ClaimId,
    string PayerId,
    decimal TotalCharge,
    DateTimeOffset ReceivedAt,
    DateTimeOffset AssembledAt) : IEncounterMessage;
