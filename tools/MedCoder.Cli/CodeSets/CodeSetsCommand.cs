using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using MedCoder.CodeSets.Import;
using MedCoder.CodeSets.Library;
using MedCoder.CodeSets.Lookup;
using MedCoder.Storage;
using Spectre.Console;

namespace MedCoder.Cli.CodeSets;

/// <summary>medcoder codesets list | import | show: code sets are data that a user inspects and drops in.</summary>
public static class CodeSetsCommand
{
    public const int NotUsable = 3;
    public const int InvalidInput = 2;

    private static readonly JsonSerializerOptions Indented = new(StoreJson.Options) { WriteIndented = true };

    public static Command Create()
    {
        var command = new Command("codesets", "Inspect the loaded code sets, check and install a new release, look up a code");
        command.Subcommands.Add(List());
        command.Subcommands.Add(Import());
        command.Subcommands.Add(Show());
        return command;
    }

    private static Command List()
    {
        var command = new Command("list", "Loaded versions with their effective dates and counts");
        command.SetAction(_ =>
        {
            var locations = CliCodeSets.Locations;
            var library = CodeSetLibrary.Load(locations);
            var table = new Table().AddColumns("Code set", "Version", "Effective", "Contents");
            foreach (var version in library.Versions)
            {
                table.AddRow(Markup.Escape(version.System), Markup.Escape(version.Version), Markup.Escape(version.Period.ToString()), Markup.Escape(version.Contents));
            }

            AnsiConsole.Write(table);
            AnsiConsole.MarkupLine(string.Create(CultureInfo.InvariantCulture,
                $"[grey]{library.Report.SourceFiles} files from {Markup.Escape(string.Join(", ", locations.Roots))} in {library.Report.Elapsed.TotalMilliseconds:F0} ms ({(library.Report.FromCache ? "cache" : "parsed, cache written")})[/]"));
            return 0;
        });
        return command;
    }

    private static Command Import()
    {
        var folder = new Argument<string>("dir") { Description = "Folder of the new release, laid out like the shipped data folder" };
        var into = new Option<string?>("--into") { Description = $"Installed code-set folder (default: ${CodeSetLocations.DirectoryVariable} or .medcoder/codesets)" };
        var dryRun = new Option<bool>("--dry-run") { Description = "Check and report only" };
        var command = new Command("import", "Check a new release (formats, counts, duplicates, codes deleted without conversion), then install it") { folder, into, dryRun };
        command.SetAction(parse =>
        {
            var source = parse.GetValue(folder)!;
            var installed = CliCodeSets.Locations;
            var report = ReleaseImport.Validate(source, CodeSetLibrary.Load(installed));
            var table = new Table().AddColumns("File", "Kind", "Version", "Contents");
            foreach (var file in report.Files)
            {
                table.AddRow(Markup.Escape(file.RelativePath), file.Kind, Markup.Escape(file.Version), Markup.Escape(file.Contents));
            }

            if (report.Files.Count > 0)
            {
                AnsiConsole.Write(table);
            }

            foreach (var warning in report.Warnings)
            {
                AnsiConsole.MarkupLine($"[yellow]warning:[/] {Markup.Escape(warning)}");
            }

            foreach (var error in report.Errors)
            {
                Console.Error.WriteLine($"error: {error}");
            }

            if (!report.CanInstall)
            {
                Console.Error.WriteLine("Nothing was installed; the loaded code sets are unchanged.");
                return InvalidInput;
            }

            if (parse.GetValue(dryRun))
            {
                AnsiConsole.MarkupLine("[grey]Dry run: nothing installed.[/]");
                return 0;
            }

            var target = Path.GetFullPath(parse.GetValue(into) ?? installed.InstalledDirectory ?? Path.Combine(".medcoder", "codesets"));
            var copied = ReleaseImport.Install(source, target);
            AnsiConsole.MarkupLine($"Installed {copied} files into {Markup.Escape(target)}. Services load it at start with {CodeSetLocations.DirectoryVariable}={Markup.Escape(target)}.");
            return 0;
        });
        return command;
    }

    private static Command Show()
    {
        var code = new Argument<string>("code") { Description = "The code, with or without its dot" };
        var system = new Option<string>("--system") { Description = "icd10cm | icd10pcs | hcpcs", DefaultValueFactory = _ => CodeSystemNames.Icd10Cm };
        var dos = new Option<string?>("--dos") { Description = "Date of service yyyy-MM-dd (default: today)" };
        var json = new Option<bool>("--json") { Description = "Print the facts as JSON" };
        var command = new Command("show", $"One code's facts on a date of service; exits 0 when valid and billable, {NotUsable} when not") { code, system, dos, json };
        command.SetAction(parse =>
        {
            var date = DateOnly.FromDateTime(DateTime.UtcNow);
            if (parse.GetValue(dos) is { } text && !DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
            {
                Console.Error.WriteLine("error: --dos must be yyyy-MM-dd");
                return InvalidInput;
            }

            var facts = new CodeLookup(CliCodeSets.Load()).Describe(parse.GetValue(system)!.ToLowerInvariant(), parse.GetValue(code)!, date);
            if (facts is null)
            {
                Console.Error.WriteLine($"error: --system must be one of {string.Join(", ", CodeSystemNames.All)}");
                return InvalidInput;
            }

            if (parse.GetValue(json))
            {
                Console.WriteLine(JsonSerializer.Serialize(facts, Indented));
            }
            else
            {
                CodeFactsView.Print(facts);
            }

            return facts.Usable ? 0 : NotUsable;
        });
        return command;
    }
}
