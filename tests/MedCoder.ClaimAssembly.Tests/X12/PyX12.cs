using System.Diagnostics;

namespace MedCoder.ClaimAssembly.Tests.X12;

/// <summary>
/// Runs the independent X12 validator pyx12 (tests/tools/pyx12, BSD; its README) on an interchange and returns its
/// verdict line ("…: OK" or "…: Failure") and the errors above it. Needs /usr/bin/python3 with defusedxml (apt
/// python3-defusedxml); <see cref="MissingReason"/> says why it cannot run.
/// </summary>
internal static class PyX12
{
    private const string Python = "/usr/bin/python3";

    public static string ToolDirectory { get; } = Path.Combine(RepositoryRoot(), "tests", "tools", "pyx12");

    public static string? MissingReason { get; } = FindMissing();

    public static (bool Ok, string Output) Validate(string interchange, string name)
    {
        var directory = Directory.CreateTempSubdirectory("pyx12-");
        try
        {
            var file = Path.Combine(directory.FullName, name + ".x12");
            File.WriteAllText(file, interchange, new System.Text.ASCIIEncoding());
            var (_, output) = Run("-m", "pyx12.scripts.x12valid", file);
            var verdict = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).LastOrDefault(l => l.Contains(file, StringComparison.Ordinal)) ?? "";
            return (verdict.EndsWith(": OK", StringComparison.Ordinal), output);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    private static string? FindMissing()
    {
        if (!File.Exists(Python))
        {
            return $"{Python} is not installed";
        }

        if (!Directory.Exists(ToolDirectory))
        {
            return $"pyx12 is not at {ToolDirectory}";
        }

        var (exit, output) = Run("-c", "import defusedxml");
        return exit == 0 ? null : "python3-defusedxml is not installed (apt-get install -y python3-defusedxml): " + output.Trim();
    }

    private static (int Exit, string Output) Run(params string[] arguments)
    {
        var start = new ProcessStartInfo(Python) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["PYTHONPATH"] = ToolDirectory;
        start.Environment["PYTHONDONTWRITEBYTECODE"] = "1";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, stdout.Result + stderr.Result);
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "MedCoder.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("MedCoder.sln not found above the test's directory.");
    }
}
