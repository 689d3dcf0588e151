namespace MedCoder.ClaimAssembly.Billing;

/// <summary>
/// What <see cref="BillingClaimBuilder"/> makes of a stored claim: the 837 claims (more than one when a claim is
/// split at the form's line limit), or why none can be sent — the fields the encounter lacks (submission field
/// paths, e.g. "subscriber", "charges[2].revenueCode") and the limits it breaks. Names and rules only, never values.
/// </summary>
public sealed record BillingResult(IReadOnlyList<BillingClaim> Claims, IReadOnlyList<string> MissingFields, IReadOnlyList<string> BrokenLimits)
{
    public bool CanRender => MissingFields.Count == 0 && BrokenLimits.Count == 0;

    /// <summary>"missing: subscriber, coverage.payerName; limits: ..." for problem details and the CLI.</summary>
    public string Reason => string.Join("; ", new[]
    {
        MissingFields.Count > 0 ? "missing " + string.Join(", ", MissingFields) : null,
        BrokenLimits.Count > 0 ? string.Join(", ", BrokenLimits) : null,
    }.OfType<string>());
}
