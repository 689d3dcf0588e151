using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using MedCoder.Contracts.Coding;
using MedCoder.Contracts.Encounters;
using MedCoder.Intake.Submissions;

namespace MedCoder.Cli.Edits;

/// <summary>
/// A coded encounter file for <c>medcoder edit</c>: <c>{"encounter": &lt;POST /api/encounters body&gt;, "codes":
/// [{"system": "ICD-10-CM", "code": "E11.9", "poa": "Y"}, ...]}</c>, codes in claim order (the first diagnosis
/// principal). The encounter is read and checked exactly as Intake reads a submission; every problem is named by
/// file and field, never by value (the file holds PHI).
/// </summary>
public sealed record CodedEncounterFile(string Path, Encounter? Encounter, IReadOnlyList<SuggestedCode> Codes, IReadOnlyList<string> Problems)
{
    private static readonly string[] Systems = [CodeSystems.Icd10Cm, CodeSystems.Icd10Pcs, CodeSystems.Hcpcs, CodeSystems.Cpt];

    public static async Task<CodedEncounterFile> ReadAsync(string path, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            return Bad(path, "file not found");
        }

        JsonNode? root;
        try
        {
            root = JsonNode.Parse(await File.ReadAllTextAsync(path, cancellationToken));
        }
        catch (JsonException ex)
        {
            return Bad(path, $"not valid JSON (line {ex.LineNumber + 1})");
        }

        if (root is not JsonObject document)
        {
            return Bad(path, "expected an object with the fields 'encounter' and 'codes'");
        }

        var problems = new List<string>();
        var encounter = await EncounterOf(document["encounter"], clock, problems, cancellationToken);
        var codes = CodesOf(document["codes"], problems);
        return new CodedEncounterFile(path, problems.Count == 0 ? encounter : null, codes, [.. problems.Select(p => $"{path}: {p}")]);
    }

    private static async Task<Encounter?> EncounterOf(JsonNode? node, TimeProvider clock, List<string> problems, CancellationToken cancellationToken)
    {
        if (node is not JsonObject)
        {
            problems.Add("field 'encounter' is required: the body of POST /api/encounters");
            return null;
        }

        using var body = new MemoryStream(Encoding.UTF8.GetBytes(node.ToJsonString()));
        var read = await SubmissionJsonReader.ReadAsync(body, cancellationToken);
        problems.AddRange(read.FieldErrors.Select(e => $"field 'encounter.{e.Key}' {e.Value}"));
        if (read.Submission is null)
        {
            return null;
        }

        var validated = new EncounterValidator(clock).Validate(read.Submission);
        problems.AddRange(validated.Errors.SelectMany(e => e.Value.Select(message => $"field 'encounter.{e.Key}' {message}")));
        return validated.Encounter;
    }

    private static List<SuggestedCode> CodesOf(JsonNode? node, List<string> problems)
    {
        var codes = new List<SuggestedCode>();
        if (node is not JsonArray array)
        {
            problems.Add("field 'codes' is required: an array of {\"system\", \"code\"} in claim order");
            return codes;
        }

        for (var i = 0; i < array.Count; i++)
        {
            var field = $"codes[{i}]";
            if (array[i] is not JsonObject code)
            {
                problems.Add($"field '{field}' must be an object with 'system' and 'code'");
                continue;
            }

            var system = Text(code, "system");
            var value = Text(code, "code");
            if (system is null || !Systems.Contains(system, StringComparer.Ordinal))
            {
                problems.Add($"field '{field}.system' must be one of {string.Join(", ", Systems)}");
            }

            if (string.IsNullOrWhiteSpace(value))
            {
                problems.Add($"field '{field}.code' is required");
            }

            var poa = code.ContainsKey("poa") ? Text(code, "poa") : null;
            if (code.ContainsKey("poa") && poa is null)
            {
                problems.Add($"field '{field}.poa' must be a string (Y, N, U, W or 1)");
            }

            int? units = null;
            if (code["units"] is { } unitsNode)
            {
                if (unitsNode is JsonValue v && v.TryGetValue<int>(out var n) && n > 0)
                {
                    units = n;
                }
                else
                {
                    problems.Add($"field '{field}.units' must be a positive whole number");
                }
            }

            if (system is not null && value is not null)
            {
                codes.Add(new SuggestedCode(system, value.Trim(), string.Empty, 1.0, [], "medcoder edit", units, poa));
            }
        }

        return codes;
    }

    private static string? Text(JsonObject node, string name) =>
        node[name] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    private static CodedEncounterFile Bad(string path, string problem) => new(path, null, [], [$"{path}: {problem}"]);
}
