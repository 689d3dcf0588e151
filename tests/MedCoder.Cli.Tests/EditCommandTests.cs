using System.Text.Json;
using MedCoder.Cli.Edits;
using MedCoder.CodeSets.Library;
using MedCoder.Contracts.Encounters;
using MedCoder.Storage;
using MedCoder.Testing;

namespace MedCoder.Cli.Tests;

/// <summary>medcoder edit on coded encounter files; codes and pairs read from the shipped files (43239/43235: NCCI PTP indicator 0).</summary>
public sealed class EditCommandTests : IDisposable
{
    private static readonly Lazy<CodeSetLibrary> CodeSets = new(() => CodeSetLibrary.Load());
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("medcoder-edit-");

    public void Dispose() => _folder.Delete(recursive: true);

    [Fact]
    public async Task A_clean_encounter_exits_zero()
    {
        var file = Write("clean.json", new EncounterBuilder().BuildSubmission(), ("ICD-10-CM", "I10"));

        var (exit, output, _) = await Run(file);

        Assert.Equal(EditCommand.Clean, exit);
        Assert.Contains("clean.json: 0 error(s)", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_blocking_error_exits_one_and_json_names_edit_codes_lines_and_source()
    {
        var submission = new EncounterBuilder().WithCharges(new Charge("43239", 1, 900m, []), new Charge("43235", 1, 500m, [])).BuildSubmission();
        var file = Write("ptp.json", submission, ("ICD-10-CM", "K21.9"));

        var (exit, output, _) = await Run(file, "--json");

        Assert.Equal(EditCommand.Blocked, exit);
        var finding = JsonDocument.Parse(output).RootElement.EnumerateArray().Single(f => f.GetProperty("editId").GetString() == "NCCI-PTP-NOT-ALLOWED");
        Assert.Equal("error", finding.GetProperty("severity").GetString());
        Assert.Equal(["43239", "43235"], finding.GetProperty("codes").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal([1, 2], finding.GetProperty("lines").EnumerateArray().Select(l => l.GetInt32()));
        Assert.Equal("NCCI PTP practitioner 2024-07-01", finding.GetProperty("source").GetString());
        Assert.False(string.IsNullOrEmpty(finding.GetProperty("explanation").GetString()));
    }

    [Fact]
    public async Task Bad_input_exits_two_naming_the_file_and_field()
    {
        var submission = new EncounterBuilder().BuildSubmission();
        submission.Setting = "ward";
        var file = Write("bad.json", submission, ("ICD-9", "250.00"));

        var (exit, _, error) = await Run(file);

        Assert.Equal(EditCommand.InvalidInput, exit);
        Assert.Contains("bad.json: field 'encounter.setting'", error, StringComparison.Ordinal);
        Assert.Contains("bad.json: field 'codes[0].system'", error, StringComparison.Ordinal);
        Assert.DoesNotContain("MRN", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_that_is_not_json_exits_two()
    {
        var file = Path.Combine(_folder.FullName, "broken.json");
        File.WriteAllText(file, "{\"encounter\": ");

        var (exit, _, error) = await Run(file);

        Assert.Equal(EditCommand.InvalidInput, exit);
        Assert.Contains("broken.json: not valid JSON", error, StringComparison.Ordinal);
    }

    private static async Task<(int Exit, string Output, string Error)> Run(string file, string? option = null)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await EditCommand.RunAsync([file], option == "--json", CodeSets.Value, output, error, CancellationToken.None);
        return (exit, output.ToString(), error.ToString());
    }

    private string Write(string name, EncounterSubmission submission, params (string System, string Code)[] codes)
    {
        var path = Path.Combine(_folder.FullName, name);
        var document = new Dictionary<string, object>
        {
            ["encounter"] = submission,
            ["codes"] = codes.Select(c => new Dictionary<string, string> { ["system"] = c.System, ["code"] = c.Code }).ToList(),
        };
        File.WriteAllText(path, JsonSerializer.Serialize(document, StoreJson.Options));
        return path;
    }
}
