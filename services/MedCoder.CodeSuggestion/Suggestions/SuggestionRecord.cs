using MedCoder.Contracts;
using MedCoder.Contracts.Coding;

namespace MedCoder.CodeSuggestion.Suggestions;

/// <summary>CodeSuggestion's result for one encounter revision, stored with the CodesSuggested it publishes.</summary>
public sealed record SuggestionRecord(
    string Id,
    EncounterKey Key,
    int Revision,
    IReadOnlyList<SuggestedCode> Codes,
    string CodeSetVersion,
    DateTimeOffset CodedAt,
    IReadOnlyList<PhysicianQuery>? Queries = null,
    CodingRoute? Route = null);
