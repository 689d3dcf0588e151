using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace MedCoder.ClaimAssembly.Delivery;

/// <summary>
/// The webhook's signature (docs/architecture.md#delivery): HMAC-SHA256 with the payer's shared secret over
/// "&lt;timestamp&gt;.&lt;body&gt;", sent as "sha256=&lt;hex&gt;" beside the timestamp (Unix seconds) so a receiver can refuse
/// replays older than its tolerance.
/// </summary>
public static class WebhookSignature
{
    public const string SignatureHeader = "X-MedCoder-Signature";
    public const string TimestampHeader = "X-MedCoder-Timestamp";
    public const string IdempotencyHeader = "Idempotency-Key";

    public static string Sign(string secret, long timestamp, ReadOnlySpan<byte> body)
    {
        var prefix = Encoding.ASCII.GetBytes(timestamp.ToString(CultureInfo.InvariantCulture) + ".");
        var signed = new byte[prefix.Length + body.Length];
        prefix.CopyTo(signed, 0);
        body.CopyTo(signed.AsSpan(prefix.Length));
        return "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), signed));
    }

    /// <summary>What a receiver does: recompute and compare in constant time.</summary>
    public static bool Verify(string secret, string? timestamp, ReadOnlySpan<byte> body, string? signature) =>
        long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var at)
        && signature is not null
        && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Sign(secret, at, body)), Encoding.ASCII.GetBytes(signature));

    /// <summary>
    /// The same claim always carries the same key, so a payer can drop a push it already took; a claim a coder corrected
    /// after a return (<paramref name="resubmission"/> above 0) carries a new one, so the correction is not dropped.
    /// </summary>
    public static string IdempotencyKey(string claimId, int revision, int resubmission = 0) =>
        $"{claimId}.r{revision.ToString(CultureInfo.InvariantCulture)}" + (resubmission > 0 ? $".s{resubmission.ToString(CultureInfo.InvariantCulture)}" : string.Empty);
}
