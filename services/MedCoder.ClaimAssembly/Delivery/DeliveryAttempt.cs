namespace MedCoder.ClaimAssembly.Delivery;

/// <summary>
/// One HTTP attempt to deliver a claim (or one refused by the open circuit), stored under the claim id as partition and the
/// outcome as status. Carries no claim content: ids, codes, the status code and the duration only.
/// </summary>
public sealed record DeliveryAttempt(string Id, string ClaimId, string PayerId, DateTimeOffset At, string Outcome, int? StatusCode, double DurationMs);

/// <summary>The outcomes an attempt is recorded with.</summary>
public static class DeliveryOutcomes
{
    public const string Delivered = "delivered";
    public const string Failed = "failed";
    public const string Timeout = "timeout";
    public const string Unreachable = "unreachable";
    public const string CircuitOpen = "circuit-open";
    public const string CannotRender = "cannot-render";
}
