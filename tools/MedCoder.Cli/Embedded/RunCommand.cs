using System.CommandLine;
using MedCoder.AllInOne;
using MedCoder.ServiceDefaults.Security;

namespace MedCoder.Cli.Embedded;

public static class RunCommand
{
    public static Command Create()
    {
        var url = new Option<string>("--url") { Description = "Address to listen on", DefaultValueFactory = _ => AllInOneHost.DefaultUrl };
        var data = new Option<string>("--data") { Description = "Folder for the SQLite stores", DefaultValueFactory = _ => Path.Combine(".medcoder", "data") };
        var command = new Command("run", "Run all four services and the gateway API in one process (in-memory bus, SQLite files)") { url, data };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var app = AllInOneHost.Build(parse.GetValue(url)!, Path.GetFullPath(parse.GetValue(data)!), quiet: false);
            await app.StartAsync(cancellationToken);
            var address = AllInOneHost.BoundAddress(app);
            Console.Error.WriteLine($"MedCoder embedded: API {address}api, docs {address}docs, health {address}health/ready. Ctrl+C stops.");
            if (app.Services.GetRequiredService<ApiKeyRegistry>().UsesDemoKeys)
            {
                Console.Error.WriteLine("Using the demo API keys (see README); set MEDCODER_API_KEYS for real ones.");
            }

            await app.WaitForShutdownAsync(cancellationToken);
            return 0;
        });
        return command;
    }
}
