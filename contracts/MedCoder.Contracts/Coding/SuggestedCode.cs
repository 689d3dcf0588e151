namespace MedCoder.Contracts.Coding;

/// <param name="Units">Billing units where the code counts them (HCPCS drugs: documented dose ÷ the code's dose); added field, null before.</param>
public sealed record SuggestedCode(
    string System,
    string Code,
    string Description,
    double Confidence,
    IReadOnlyList<EvidenceSpan> Evidence,
    string Rule,
    int? Units = null);
