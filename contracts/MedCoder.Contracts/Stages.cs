namespace MedCoder.Contracts;

/// <summary>Names of pipeline stages, used in deterministic message ids and status reports.</summary>
public static class Stages
{
    public const string Received = "received";
    public const string Coded = "coded";
    public const string HeldForReview = "held-for-review";
    public const string Validated = "validated";
    public const string ClaimAssembled = "claim-assembled";
    public const string Failed = "failed";

    /// <summary>The hospital withdrew the encounter (EncounterWithdrawn); final for that revision.</summary>
    public const string Withdrawn = "withdrawn";
}
