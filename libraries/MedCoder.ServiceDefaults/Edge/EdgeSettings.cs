using System.Net;

namespace MedCoder.ServiceDefaults.Edge;

/// <summary>Limits and addresses at the HTTP edge of every process, from MEDCODER_* variables (README, Configuration).</summary>
public sealed record EdgeSettings(
    long MaxRequestBodyBytes,
    double MinBodyBytesPerSecond,
    TimeSpan BodyRateGrace,
    int KeyRequestsPerSecond,
    int AnonymousRequestsPerMinute,
    Uri? PublicUrl,
    IReadOnlyList<IPNetwork> TrustedProxies)
{
    public const string MaxBodyVariable = "MEDCODER_MAX_BODY_BYTES";
    public const string MinBodyRateVariable = "MEDCODER_MIN_BODY_RATE";
    public const string BodyRateGraceVariable = "MEDCODER_BODY_RATE_GRACE_SECONDS";
    public const string KeyRateVariable = "MEDCODER_RATE_LIMIT_PER_KEY";
    public const string AnonymousRateVariable = "MEDCODER_RATE_LIMIT_ANONYMOUS";
    public const string PublicUrlVariable = "MEDCODER_PUBLIC_URL";
    public const string TrustedProxiesVariable = "MEDCODER_TRUSTED_PROXIES";

    public static EdgeSettings FromEnvironment(Func<string, string?> getVariable)
    {
        string? Read(string name) => getVariable(name) is { Length: > 0 } value ? value.Trim() : null;

        Uri? publicUrl = null;
        if (Read(PublicUrlVariable) is { } url && (!Uri.TryCreate(url, UriKind.Absolute, out publicUrl) || publicUrl.Scheme is not ("http" or "https")))
        {
            throw new FormatException($"{PublicUrlVariable} must be an absolute http(s) URL");
        }

        return new EdgeSettings(
            SettingNumbers.ReadWhole(getVariable, MaxBodyVariable, 4 * 1024 * 1024, 1024),
            SettingNumbers.Read(getVariable, MinBodyRateVariable, 240, 1),
            TimeSpan.FromSeconds(SettingNumbers.Read(getVariable, BodyRateGraceVariable, 5, 2)), // Kestrel needs a grace over one second
            (int)SettingNumbers.ReadWhole(getVariable, KeyRateVariable, 1000, 1),
            (int)SettingNumbers.ReadWhole(getVariable, AnonymousRateVariable, 60, 1),
            publicUrl,
            ParseNetworks(Read(TrustedProxiesVariable)));
    }

    /// <summary>Comma-separated addresses or CIDR ranges; unset means loopback only (a proxy on the same machine).</summary>
    private static List<IPNetwork> ParseNetworks(string? text)
    {
        if (text is null)
        {
            return [new IPNetwork(IPAddress.Loopback, 8), new IPNetwork(IPAddress.IPv6Loopback, 128)];
        }

        var networks = new List<IPNetwork>();
        foreach (var entry in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (IPNetwork.TryParse(entry, out var network))
            {
                networks.Add(network);
            }
            else if (IPAddress.TryParse(entry, out var address))
            {
                networks.Add(new IPNetwork(address, address.GetAddressBytes().Length * 8));
            }
            else
            {
                throw new FormatException($"{TrustedProxiesVariable}: '{entry}' is not an address or CIDR range");
            }
        }

        return networks;
    }
}
