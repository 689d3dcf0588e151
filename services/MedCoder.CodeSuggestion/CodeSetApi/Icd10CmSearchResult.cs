using MedCoder.CodeSets.Search;

namespace MedCoder.CodeSuggestion.CodeSetApi;

/// <summary>GET /api/codesets/icd10cm: the release chosen for the date of service (and whether it is in force) and the ranked hits.</summary>
public sealed record Icd10CmSearchResult(string Version, string VersionStatus, DateOnly DateOfService, IReadOnlyList<SearchHit> Results);
