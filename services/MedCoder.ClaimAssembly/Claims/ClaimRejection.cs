using MedCoder.Contracts;

namespace MedCoder.ClaimAssembly.Claims;

/// <summary>
/// A validated encounter that cannot become a claim as sent (e.g. an older message with an amount outside the
/// bounds Intake now enforces). Stored under the claim id it would have had, so a redelivery finds it and publishes
/// nothing twice; its outbox carries the EncounterFailed that makes the failure visible in Intake's status.
/// </summary>
public sealed record ClaimRejection(string Id, EncounterKey Key, int Revision, IReadOnlyList<string> Rules, string Reason, DateTimeOffset RejectedAt);
