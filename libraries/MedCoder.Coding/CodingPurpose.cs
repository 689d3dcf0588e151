namespace MedCoder.Coding;

/// <summary>What the codes are for: the rules that decide whether a mention becomes a code differ.</summary>
public enum CodingPurpose
{
    /// <summary>
    /// Codes for the claim, by the Official Guidelines: negated, family, hypothetical and (non-chronic) past
    /// conditions are not coded, uncertain diagnoses only for inpatients, integral symptoms dropped, only
    /// diagnostic statements when the provider wrote them, only complete (billable / valid) codes.
    /// </summary>
    Claim,

    /// <summary>
    /// Clinical indexing (abstraction for registries, research and case libraries): every condition and procedure
    /// the text mentions, whatever its assertion — the way the CodiEsp corpus is annotated ("No history of
    /// nephrolithiasis, hematuria or urinary tract infections" is indexed N20.0, R31.9, N39.0). Procedures the text
    /// does not describe fully are indexed at the 4-character PCS level, as CodiEsp does.
    /// </summary>
    Index,
}
