namespace MedCoder.ClaimAssembly.Delivery;

/// <summary>
/// A pushed claim's delivery state, stored on the claim so the dispatcher is driven by the store (docs/architecture.md#delivery):
/// failed rounds so far, when the next is due (null: now), the last outcome (codes only) and what delivered it.
/// </summary>
public sealed record ClaimDelivery(int Rounds, DateTimeOffset? DueAt, string? LastOutcome, DateTimeOffset? DeliveredAt = null, string? DeliveredBy = null)
{
    /// <summary>The batch file this claim is being written into, recorded before the file is (added field; <see cref="BatchFiles"/>).</summary>
    public string? PendingFile { get; init; }

    public static readonly ClaimDelivery New = new(0, null, null);
}
