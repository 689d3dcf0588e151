namespace MedCoder.Testing.Hosting;

/// <summary>The real gateway process with every route pointed at one upstream (usually the embedded host).</summary>
public static class GatewayInFront
{
    public static async Task<ServiceProcess> StartAsync(Uri upstream, IReadOnlyDictionary<string, string>? settings = null)
    {
        var environment = new Dictionary<string, string>
        {
            ["MEDCODER_INTAKE_URL"] = upstream.ToString(),
            ["MEDCODER_CODESUGGESTION_URL"] = upstream.ToString(),
            ["MEDCODER_COMPLIANCEEDIT_URL"] = upstream.ToString(),
            ["MEDCODER_CLAIMASSEMBLY_URL"] = upstream.ToString(),
            ["Logging__LogLevel__Default"] = "Warning",
        };
        foreach (var (name, value) in settings ?? new Dictionary<string, string>())
        {
            environment[name] = value;
        }

        var gateway = new ServiceProcess("MedCoder.Gateway", ServiceProcess.AssemblyOf("gateway", "MedCoder.Gateway"), ServiceProcess.FreePort(), environment);
        gateway.Start();
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        await gateway.WaitUntilReadyAsync(http, TimeSpan.FromSeconds(60));
        return gateway;
    }
}
