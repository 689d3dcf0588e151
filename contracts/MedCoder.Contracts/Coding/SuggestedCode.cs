namespace MedCoder.Contracts.Coding;

/// <param name="Units">Billing units where the code counts them (HCPCS drugs: documented dose ÷ the code's dose); added field, null before.</param>
/// <param name="PresentOnAdmission">An inpatient diagnosis's POA indicator (Y, N, U, W, 1); added field, null when not reported.</param>
public sealed record SuggestedCode(
    string System,
    string Code,
    string Description,
    double Confidence,
    IReadOnlyList<EvidenceSpan> Evidence,
    string Rule,
    int? Units = null,
    string? PresentOnAdmission = null);
