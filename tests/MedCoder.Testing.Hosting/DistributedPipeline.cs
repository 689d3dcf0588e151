using MedCoder.AllInOne.Client;

namespace MedCoder.Testing.Hosting;

/// <summary>The four services and the gateway, each its own OS process, on one broker, SQLite stores in a temp folder.</summary>
public sealed class DistributedPipeline : IAsyncDisposable
{
    private readonly DirectoryInfo _data = Directory.CreateTempSubdirectory("medcoder-e2e-");
    private readonly Dictionary<string, ServiceProcess> _processes = new(StringComparer.Ordinal);
    private readonly HttpClient _health = new() { Timeout = TimeSpan.FromSeconds(5) };

    public DistributedPipeline(Uri brokerUrl, IReadOnlyDictionary<string, string>? environment = null)
    {
        var services = new (string Folder, string Project, string Variable)[]
        {
            ("services", "MedCoder.Intake", "MEDCODER_INTAKE_URL"),
            ("services", "MedCoder.CodeSuggestion", "MEDCODER_CODESUGGESTION_URL"),
            ("services", "MedCoder.ComplianceEdit", "MEDCODER_COMPLIANCEEDIT_URL"),
            ("services", "MedCoder.ClaimAssembly", "MEDCODER_CLAIMASSEMBLY_URL"),
        };
        var gatewayEnvironment = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (folder, project, variable) in services)
        {
            var variables = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["MEDCODER_RABBITMQ_URL"] = brokerUrl.ToString(),
                ["MEDCODER_STORE"] = "sqlite",
                ["MEDCODER_DATA_DIR"] = Path.Combine(_data.FullName, project),
                ["Logging__LogLevel__Default"] = "Warning",
            };
            foreach (var (name, value) in environment ?? new Dictionary<string, string>())
            {
                variables[name] = value;
            }

            var process = new ServiceProcess(project, ServiceProcess.AssemblyOf(folder, project), ServiceProcess.FreePort(), variables);
            _processes[project] = process;
            gatewayEnvironment[variable] = process.Url.ToString();
        }

        gatewayEnvironment["Logging__LogLevel__Default"] = "Warning";
        if (environment?.TryGetValue("MEDCODER_API_KEYS", out var keys) == true)
        {
            gatewayEnvironment["MEDCODER_API_KEYS"] = keys; // the gateway checks the same keys as the services
        }

        Gateway = new ServiceProcess("MedCoder.Gateway", ServiceProcess.AssemblyOf("gateway", "MedCoder.Gateway"), ServiceProcess.FreePort(), gatewayEnvironment);
        Api = new MedCoderApiClient(new HttpClient { BaseAddress = Gateway.Url, Timeout = TimeSpan.FromSeconds(30) });
    }

    public ServiceProcess Gateway { get; }

    public MedCoderApiClient Api { get; }

    public ServiceProcess Service(string project) => _processes[project];

    /// <summary>The four services, in pipeline order.</summary>
    public IReadOnlyCollection<ServiceProcess> Services => _processes.Values;

    public Task WaitUntilReadyAsync(ServiceProcess process) => process.WaitUntilReadyAsync(_health, TimeSpan.FromSeconds(90));

    public async Task StartAsync()
    {
        foreach (var process in _processes.Values.Append(Gateway))
        {
            process.Start();
        }

        foreach (var process in _processes.Values.Append(Gateway))
        {
            await process.WaitUntilReadyAsync(_health, TimeSpan.FromSeconds(90));
        }
    }

    /// <summary>kill -9, then start the same executable on the same store and port.</summary>
    public async Task KillAndRestartAsync(string project)
    {
        var process = _processes[project];
        await process.KillAsync();
        process.Start();
        await process.WaitUntilReadyAsync(_health, TimeSpan.FromSeconds(90));
    }

    public string Diagnostics() => string.Join("\n", _processes.Values.Append(Gateway).Select(p => $"--- {p.Project} ---\n{p.Tail}"));

    public async ValueTask DisposeAsync()
    {
        foreach (var process in _processes.Values.Append(Gateway))
        {
            await process.DisposeAsync();
        }

        _health.Dispose();
        try
        {
            _data.Delete(recursive: true);
        }
        catch (IOException)
        {
            // a killed process may still hold a file for a moment; the temp folder is disposable
        }
    }
}
