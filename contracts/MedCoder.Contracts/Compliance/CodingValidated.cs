using MedCoder.Contracts.Coding;
using MedCoder.Contracts.Encounters;

namespace MedCoder.Contracts.Compliance;

public enum EditSeverity { Error, Warning }

/// <summary>One compliance edit hit: which rule, how bad, on which code, why, and the rule's source.</summary>
public sealed record EditFinding(string EditId, EditSeverity Severity, string Code, string Explanation, string Source);

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
