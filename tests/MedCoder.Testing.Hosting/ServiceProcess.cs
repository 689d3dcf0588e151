using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace MedCoder.Testing.Hosting;

/// <summary>One real service executable (its own OS process) started with the given environment.</summary>
public sealed class ServiceProcess : IAsyncDisposable
{
    private readonly string _assemblyPath;
    private readonly IReadOnlyDictionary<string, string> _environment;
    private readonly StringBuilder _output = new();
    private Process? _process;

    public ServiceProcess(string project, string assemblyPath, int port, IReadOnlyDictionary<string, string> environment)
    {
        Project = project;
        _assemblyPath = assemblyPath;
        Port = port;
        _environment = environment;
    }

    public string Project { get; }

    public int Port { get; }

    public Uri Url => new($"http://127.0.0.1:{Port}/");

    /// <summary>Everything the process wrote (the last 50,000 to 100,000 characters), for tests of its logs.</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>The last lines the process wrote, for a failing test's message.</summary>
    public string Tail
    {
        get
        {
            lock (_output)
            {
                var text = _output.ToString();
                return text.Length > 4000 ? text[^4000..] : text;
            }
        }
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>The service's build output next to this test's (same configuration).</summary>
    public static string AssemblyOf(string folder, string project)
    {
        var configuration = new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory)).Parent!.Name;
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "MedCoder.sln")))
        {
            root = root.Parent;
        }

        var path = Path.Combine(root!.FullName, folder, project, "bin", configuration, "net10.0", project + ".dll");
        return File.Exists(path) ? path : throw new FileNotFoundException($"Build {project} first: {path} is missing");
    }

    public void Start()
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(_assemblyPath);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add(Url.ToString().TrimEnd('/'));
        foreach (var (name, value) in _environment)
        {
            start.Environment[name] = value;
        }

        _process = Process.Start(start)!;
        _process.OutputDataReceived += (_, e) => Append(e.Data);
        _process.ErrorDataReceived += (_, e) => Append(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public bool IsRunning => _process is { HasExited: false };

    /// <summary>SIGTERM and wait: the host's graceful shutdown. Returns the exit code, or null when it did not exit in time (then it is killed).</summary>
    public async Task<int?> TerminateAsync(TimeSpan timeout)
    {
        if (_process is not { HasExited: false } process)
        {
            return null;
        }

        await SignalAsync("TERM");
        try
        {
            await process.WaitForExitAsync().WaitAsync(timeout);
            return process.ExitCode;
        }
        catch (TimeoutException)
        {
            await KillAsync();
            return null;
        }
    }

    /// <summary>SIGSTOP: the process freezes (no heartbeats, no acks) until Resume.</summary>
    public Task PauseAsync() => SignalAsync("STOP");

    public Task ResumeAsync() => SignalAsync("CONT");

    /// <summary>SIGKILL: no shutdown hooks, no flushing, in-flight messages unacknowledged.</summary>
    public async Task KillAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
    }

    public async Task WaitUntilReadyAsync(HttpClient client, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (_process is { HasExited: true })
            {
                throw new InvalidOperationException($"{Project} exited with {_process.ExitCode}:\n{Tail}");
            }

            try
            {
                using var response = await client.GetAsync(new Uri(Url, "health/ready"));
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }

            await Task.Delay(250);
        }

        throw new TimeoutException($"{Project} was not ready within {timeout}:\n{Tail}");
    }

    private async Task SignalAsync(string signal)
    {
        if (_process is not { HasExited: false } process)
        {
            return;
        }

        using var kill = Process.Start(new ProcessStartInfo("kill", ["-" + signal, process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]) { UseShellExecute = false })!;
        await kill.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        _process?.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
            if (_output.Length > 100_000)
            {
                _output.Remove(0, 50_000);
            }
        }
    }
}
