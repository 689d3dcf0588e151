using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Serialization;
using MedCoder.Cli.CodeSets;
using MedCoder.CodeSets.Library;
using MedCoder.Coding.Lines;
using MedCoder.ComplianceEdit;
using MedCoder.ComplianceEdit.Edits;
using MedCoder.Contracts.Compliance;
using Microsoft.Extensions.DependencyInjection;

namespace MedCoder.Cli.Edits;

/// <summary>
/// medcoder edit: runs the compliance edits (every family ComplianceEdit registers) on coded encounter files, on the
/// lines the claim would bill (the charges reconciled with the codes, docs/architecture.md#claim-lines).
/// </summary>
public static class EditCommand
{
    public const int Clean = 0;
    public const int Blocked = 1;
    public const int InvalidInput = 2;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public static Command Create()
    {
        var files = new Argument<string[]>("file") { Description = "Coded encounter files: {\"encounter\": <POST /api/encounters body>, \"codes\": [{\"system\": \"ICD-10-CM\", \"code\": \"E11.9\"}, ...]}", Arity = ArgumentArity.OneOrMore };
        var json = new Option<bool>("--json") { Description = "Print the findings as a JSON array (editId, severity, codes, lines, explanation, source, file)" };
        var command = new Command("edit", $"Run the compliance edits on coded encounters; exits {Clean} with no error, {Blocked} when an error blocks a claim, {InvalidInput} on bad input") { files, json };
        command.SetAction(async (parse, cancellationToken) =>
            await RunAsync(parse.GetValue(files)!, parse.GetValue(json), CliCodeSets.Load(), parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error, cancellationToken));
        return command;
    }

    public static async Task<int> RunAsync(IReadOnlyList<string> paths, bool json, ICodeSets codeSets, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var files = new List<CodedEncounterFile>();
        foreach (var path in paths)
        {
            files.Add(await CodedEncounterFile.ReadAsync(path, TimeProvider.System, cancellationToken));
        }

        var problems = files.SelectMany(f => f.Problems).ToList();
        if (problems.Count > 0)
        {
            problems.ForEach(p => error.WriteLine($"error: {p}"));
            return InvalidInput;
        }

        var runner = Runner(codeSets);
        var results = files.Select(f => (f.Path, Findings: runner.Run(f.Encounter!, f.Codes, ServiceLines.Carried(null, null, f.Encounter!, f.Codes).Lines, codeSetVersion: null))).ToList();
        if (json)
        {
            output.WriteLine(JsonSerializer.Serialize(results.SelectMany(r => r.Findings.Select(f => new FindingView(r.Path, f))), Json));
        }
        else
        {
            foreach (var (path, findings) in results)
            {
                Print(path, findings, output);
            }
        }

        return results.Any(r => r.Findings.Any(f => f.Severity == EditSeverity.Error)) ? Blocked : Clean;
    }

    /// <summary>The runner exactly as the service resolves it: every family it registers, over these code sets.</summary>
    private static EditRunner Runner(ICodeSets codeSets) =>
        new ServiceCollection().AddSingleton(codeSets).AddComplianceEdit().BuildServiceProvider().GetRequiredService<EditRunner>();

    private static void Print(string path, IReadOnlyList<EditFinding> findings, TextWriter output)
    {
        var count = (EditSeverity s) => findings.Count(f => f.Severity == s);
        output.WriteLine($"{path}: {count(EditSeverity.Error)} error(s), {count(EditSeverity.Warning)} warning(s), {count(EditSeverity.Info)} info");
        foreach (var finding in findings)
        {
            var lines = finding.Lines is { Count: > 0 } numbers ? $" line {string.Join(",", numbers)}" : string.Empty;
            output.WriteLine($"  {finding.Severity.ToString().ToUpperInvariant(),-7} {finding.EditId}{lines}: {finding.Explanation} [{finding.Source}]");
        }
    }

    /// <summary>One finding as --json prints it.</summary>
    private sealed record FindingView(string File, string EditId, EditSeverity Severity, IReadOnlyList<string> Codes, IReadOnlyList<int> Lines, string Explanation, string Source)
    {
        public FindingView(string file, EditFinding finding)
            : this(file, finding.EditId, finding.Severity, finding.Codes ?? (finding.Code.Length > 0 ? [finding.Code] : []), finding.Lines ?? [], finding.Explanation, finding.Source)
        {
        }
    }
}
