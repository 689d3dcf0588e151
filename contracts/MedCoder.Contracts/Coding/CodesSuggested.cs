using MedCoder.Contracts.Encounters;

namespace MedCoder.Contracts.Coding;

public static class CodeSystems
{
    public const string Icd10Cm = "ICD-10-CM";
    public const string Icd10Pcs = "ICD-10-PCS";
    public const string Hcpcs = "HCPCS";
    public const string Cpt = "CPT";
}

/// <summary>Characters [Start, End) of note number NoteIndex that support a code.</summary>
public sealed record EvidenceSpan(int NoteIndex, int Start, int End);

/// <param name="Units">Billing units where the code counts them (HCPCS drugs: documented dose ÷ the code's dose); added field, null before.</param>
public sealed record SuggestedCode(
    string System,
    string Code,
    string Description,
    double Confidence,
    IReadOnlyList<EvidenceSpan> Evidence,
    string Rule,
    int? Units = null);

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
