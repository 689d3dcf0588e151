using System.Text.Json.Serialization;

namespace MedCoder.ClaimAssembly.Claims;

/// <summary>
/// Where a claim is in its exchange with the payer. Stored and served as its lower-case name (<see cref="ClaimStatusNames"/>),
/// which is also the status index of the claims collection; the transitions are methods of <see cref="Claim"/>.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<ClaimStatus>))]
public enum ClaimStatus
{
    /// <summary>Assembled; the payer may pull it.</summary>
    [JsonStringEnumMemberName(ClaimStatusNames.Ready)]
    Ready,

    /// <summary>The payer confirmed receipt.</summary>
    [JsonStringEnumMemberName(ClaimStatusNames.Acknowledged)]
    Acknowledged,

    /// <summary>The payer's 999 or 277CA rejected it; the reason is on the claim and the coding went back to the coder worklist (ClaimReturned).</summary>
    [JsonStringEnumMemberName(ClaimStatusNames.Rejected)]
    Rejected,

    /// <summary>Pushed to the payer's webhook or written to its batch file (docs/architecture.md#delivery); the payer may still acknowledge it.</summary>
    [JsonStringEnumMemberName(ClaimStatusNames.Delivered)]
    Delivered,

    /// <summary>Delivery gave up after its retry budget; waits for an operator's redelivery.</summary>
    [JsonStringEnumMemberName(ClaimStatusNames.DeadLetter)]
    DeadLetter,

    /// <summary>A later revision's claim took its place before the payer had it (<see cref="Claim.SupersededBy"/>; docs/architecture.md#corrections).</summary>
    [JsonStringEnumMemberName(ClaimStatusNames.Superseded)]
    Superseded,

    /// <summary>Its payer takes X12 and the encounter lacks fields the 837 requires: handed back to the coder worklist (ClaimReturned), never sent.</summary>
    [JsonStringEnumMemberName(ClaimStatusNames.Returned)]
    Returned,

    /// <summary>The hospital withdrew the encounter before the payer had the claim (docs/architecture.md#corrections); never sent.</summary>
    [JsonStringEnumMemberName(ClaimStatusNames.Withdrawn)]
    Withdrawn,
}

/// <summary>The names claims are stored, served and filtered by; changing one would strand stored claims.</summary>
public static class ClaimStatusNames
{
    public const string Ready = "ready";
    public const string Acknowledged = "acknowledged";
    public const string Rejected = "rejected";
    public const string Delivered = "delivered";
    public const string DeadLetter = "dead-letter";
    public const string Superseded = "superseded";
    public const string Returned = "returned";
    public const string Withdrawn = "withdrawn";

    public static string Name(this ClaimStatus status) => status switch
    {
        ClaimStatus.Ready => Ready,
        ClaimStatus.Acknowledged => Acknowledged,
        ClaimStatus.Rejected => Rejected,
        ClaimStatus.Delivered => Delivered,
        ClaimStatus.DeadLetter => DeadLetter,
        ClaimStatus.Superseded => Superseded,
        ClaimStatus.Returned => Returned,
        ClaimStatus.Withdrawn => Withdrawn,
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown claim status."),
    };
}
