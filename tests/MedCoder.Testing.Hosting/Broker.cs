using System.Diagnostics;
using Testcontainers.RabbitMq;

namespace MedCoder.Testing.Hosting;

/// <summary>
/// A real RabbitMQ for the end-to-end tests: MEDCODER_RABBITMQ_URL (CI starts Debian's rabbitmq-server),
/// else a Testcontainers broker when Docker runs, else unavailable with the reason.
/// Each test gets its own virtual host (via rabbitmqctl when it is on this machine) so runs never share queues.
/// </summary>
public sealed class Broker : IAsyncDisposable
{
    private readonly RabbitMqContainer? _container;
    private readonly string? _vhost;

    private Broker(Uri url, RabbitMqContainer? container, string? vhost)
    {
        Url = url;
        _container = container;
        _vhost = vhost;
    }

    public Uri Url { get; }

    public static async Task<(Broker? Broker, string? Unavailable)> StartAsync()
    {
        if (Environment.GetEnvironmentVariable("MEDCODER_RABBITMQ_URL") is { Length: > 0 } configured)
        {
            var baseUrl = new Uri(configured);
            var vhost = $"medcoder-e2e-{Guid.NewGuid():N}";
            return await RabbitMqCtlAsync("add_vhost", vhost) && await RabbitMqCtlAsync("set_permissions", "-p", vhost, Uri.UnescapeDataString(baseUrl.UserInfo.Split(':')[0]), ".*", ".*", ".*")
                ? (new Broker(new UriBuilder(baseUrl) { Path = "/" + vhost }.Uri, null, vhost), null)
                : (new Broker(baseUrl, null, null), null);
        }

        if (!File.Exists("/var/run/docker.sock"))
        {
            return (null, "No RabbitMQ: set MEDCODER_RABBITMQ_URL (.ci/run starts Debian's rabbitmq-server) or run Docker for Testcontainers (no Docker engine here).");
        }

        try
        {
            var container = new RabbitMqBuilder("rabbitmq:4-management").Build();
            await container.StartAsync();
            return (new Broker(new Uri(container.GetConnectionString()), container, null), null);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return (null, $"No RabbitMQ: Testcontainers could not start one ({ex.GetType().Name}); set MEDCODER_RABBITMQ_URL.");
        }
    }

    /// <summary>True when this machine's rabbitmqctl controls the broker (CI's local rabbitmq-server), so it can be restarted.</summary>
    public static async Task<bool> CanRestartAsync() => await RabbitMqCtlAsync("status");

    /// <summary>Stops the broker application (every connection drops), waits, and starts it again.</summary>
    public static async Task RestartAsync(TimeSpan down)
    {
        if (!await RabbitMqCtlAsync("stop_app"))
        {
            throw new InvalidOperationException("rabbitmqctl stop_app failed");
        }

        await Task.Delay(down);
        if (!await RabbitMqCtlAsync("start_app"))
        {
            throw new InvalidOperationException("rabbitmqctl start_app failed");
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_vhost is not null)
        {
            await RabbitMqCtlAsync("delete_vhost", _vhost);
        }

        if (_container is not null)
        {
            await _container.DisposeAsync();
        }
    }

    /// <summary>Runs rabbitmqctl against the local node; false when it is not installed or fails.</summary>
    private static async Task<bool> RabbitMqCtlAsync(params string[] arguments)
    {
        var node = Environment.GetEnvironmentVariable("RABBITMQ_NODENAME") ?? "rabbit@localhost";
        var start = new ProcessStartInfo("rabbitmqctl") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "-n", node, "-q" }.Concat(arguments))
        {
            start.ArgumentList.Add(argument);
        }

        try
        {
            using var process = Process.Start(start)!;
            await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(60));
            return process.ExitCode == 0;
        }
        catch (Exception ex) when (ex is System.ComponentModel.Win32Exception or TimeoutException)
        {
            return false;
        }
    }
}
