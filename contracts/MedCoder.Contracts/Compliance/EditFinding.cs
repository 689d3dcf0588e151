namespace MedCoder.Contracts.Compliance;

/// <summary>One compliance edit hit: which rule, how bad, on which code, why, and the rule's source and version.</summary>
/// <param name="Code">The first code involved (empty for claim-level findings); <paramref name="Codes"/> lists them all.</param>
/// <param name="Codes">Every code involved, in claim order (added field; null from older producers).</param>
/// <param name="Lines">The claim line numbers involved (added field; null from older producers and for diagnosis-only findings).</param>
public sealed record EditFinding(string EditId, EditSeverity Severity, string Code, string Explanation, string Source, IReadOnlyList<string>? Codes = null, IReadOnlyList<int>? Lines = null);
