namespace MedCoder.Storage.Tests.Support;

// Synthetic body with every shape the stores must round-trip; no real patient data.
public enum ClaimState
{
    Draft,
    Coded,
    Submitted,
}

public sealed record ClaimLine(string Code, int Units, decimal Charge);

public sealed record Claim(
    string Reference,
    decimal Total,
    DateOnly ServiceDate,
    DateTimeOffset ReceivedAt,
    List<ClaimLine> Lines,
    ClaimState State)
{
    public static Claim Sample(string reference, ClaimState state = ClaimState.Draft) => new(
        reference,
        1234.56m,
        new DateOnly(2024, 2, 29),
        new DateTimeOffset(2024, 3, 1, 8, 30, 15, 123, TimeSpan.FromHours(2)),
        [new ClaimLine("99213", 1, 120.10m), new ClaimLine("J1100", 3, 0.1m)],
        state);
}
