using System.Collections.Frozen;
using System.Security.Cryptography;
using System.Text;

namespace MedCoder.ServiceDefaults.Security;

/// <summary>An API key's grant: one role, one organization ("*" for roles that see every organization; a coder may be granted several, comma-separated).</summary>
public sealed record ApiKeyGrant(string KeyId, string Role, string Organization);

/// <summary>
/// API keys from MEDCODER_API_KEYS ("key:role:org;key:role:org"; a coder's org may be "org1,org2"). Without that
/// variable the documented demo keys apply, which is what the embedded default and the README use.
/// </summary>
public sealed class ApiKeyRegistry
{
    public const string Variable = "MEDCODER_API_KEYS";

    public const string DemoKeys =
        "demo-hospital-key:hospital:general-hospital;demo-hospital2-key:hospital:river-clinic;" +
        "demo-payer-key:payer:acme-health;demo-payer2-key:payer:blue-river-health;" +
        "demo-coder-key:coder:*;demo-ops-key:ops:*;demo-admin-key:admin:*";

    private readonly FrozenDictionary<string, ApiKeyGrant> _grants;

    public ApiKeyRegistry(string specification)
    {
        _grants = Parse(specification).ToFrozenDictionary(StringComparer.Ordinal);
    }

    public bool UsesDemoKeys { get; private init; }

    public static ApiKeyRegistry FromEnvironment(Func<string, string?> getVariable)
    {
        var configured = getVariable(Variable);
        return string.IsNullOrWhiteSpace(configured)
            ? new ApiKeyRegistry(DemoKeys) { UsesDemoKeys = true }
            : new ApiKeyRegistry(configured);
    }

    public ApiKeyGrant? Find(string key) => _grants.GetValueOrDefault(key);

    private static IEnumerable<KeyValuePair<string, ApiKeyGrant>> Parse(string specification)
    {
        foreach (var entry in specification.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = entry.Split(':');
            var position = Array.IndexOf(specification.Split(';'), entry) + 1;
            if (parts.Length != 3 || parts[0].Length == 0 || !Roles.All.Contains(parts[1]) || parts[2].Length == 0)
            {
                // The key itself is a secret: report the position, not the text.
                throw new FormatException($"{Variable}: entry {position} must be key:role:organization with role one of {string.Join(", ", Roles.All)}");
            }

            var organizations = parts[2].Split(Caller.OrganizationSeparator);
            if (organizations.Length > 1 && (parts[1] != Roles.Coder || organizations.Any(o => o.Trim().Length == 0 || o == Caller.AllOrganizations)))
            {
                throw new FormatException($"{Variable}: entry {position}: only a coder key may list several organizations (org1,org2), none empty or *");
            }

            yield return new(parts[0], new ApiKeyGrant(KeyIdOf(parts[0]), parts[1], string.Join(Caller.OrganizationSeparator, organizations.Select(o => o.Trim()))));
        }
    }

    /// <summary>A non-secret id for audit and logs: the first hex characters of the key's hash.</summary>
    private static string KeyIdOf(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)), 0, 6);
}
