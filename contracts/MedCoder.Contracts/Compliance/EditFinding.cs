namespace MedCoder.Contracts.Compliance;

/// <summary>One compliance edit hit: which rule, how bad, on which code, why, and the rule's source.</summary>
public sealed record EditFinding(string EditId, EditSeverity Severity, string Code, string Explanation, string Source);
