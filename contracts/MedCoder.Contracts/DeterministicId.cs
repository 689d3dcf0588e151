using System.Security.Cryptography;
using System.Text;

namespace MedCoder.Contracts;

/// <summary>Ids computed from content so that a republished result is recognisable downstream (docs/architecture.md#deterministic-ids).</summary>
public static class DeterministicId
{
    public static Guid FromParts(params string[] parts)
    {
        var hash = Hash(parts);
        var bytes = hash.AsSpan(0, 16).ToArray();
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x50); // version 5-style marker: name-based
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes);
    }

    /// <summary>16 hex characters; enough to be unique per organization's encounters, short enough for URLs.</summary>
    public static string Hex(params string[] parts) => Convert.ToHexStringLower(Hash(parts), 0, 8);

    public static Guid MessageId(EncounterKey key, int revision, string stage) =>
        FromParts(key.Organization, key.SourceSystem, key.EncounterId, revision.ToString(System.Globalization.CultureInfo.InvariantCulture), stage);

    private static byte[] Hash(string[] parts) => SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\u001f', parts)));
}
