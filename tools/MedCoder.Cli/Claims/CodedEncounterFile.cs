using System.Text.Json;
using System.Text.Json.Nodes;
using MedCoder.Contracts.Coding;
using MedCoder.Contracts.Encounters;
using MedCoder.Intake.Submissions;
using MedCoder.Storage;

namespace MedCoder.Cli.Claims;

/// <summary>
/// The input of <c>medcoder claim</c>: <c>{"encounter": &lt;POST /api/encounters body&gt;, "codes": [{"system": "ICD-10-CM",
/// "code": "I10"}, …]}</c>, the encounter validated as Intake validates it. Errors name the file and the field, never a value.
/// </summary>
public static class CodedEncounterFile
{
    public sealed record Coded(Encounter Encounter, IReadOnlyList<SuggestedCode> Codes);

    public sealed record CodeEntry(string? System, string? Code, string? Description);

    public static Coded Read(string path, TimeProvider clock)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(File.ReadAllText(path));
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{path}: not valid JSON (line {e.LineNumber + 1})");
        }

        if (root is not JsonObject document || document["encounter"] is not JsonObject encounterNode)
        {
            throw new InvalidDataException($"{path}: encounter: is required (the body of POST /api/encounters)");
        }

        EncounterSubmission submission;
        List<CodeEntry> entries;
        try
        {
            submission = encounterNode.Deserialize<EncounterSubmission>(StoreJson.Options)!;
            entries = document["codes"]?.Deserialize<List<CodeEntry>>(StoreJson.Options) ?? [];
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{path}: {e.Path?.TrimStart('$', '.') ?? "body"}: has a value of the wrong type");
        }

        var validation = new EncounterValidator(clock).Validate(submission);
        if (!validation.IsValid)
        {
            throw new InvalidDataException(string.Join(Environment.NewLine, validation.Errors.Select(e => $"{path}: encounter.{e.Key}: {string.Join("; ", e.Value)}")));
        }

        var codes = new List<SuggestedCode>();
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            var system = entry.System ?? CodeSystems.Icd10Cm;
            if (string.IsNullOrWhiteSpace(entry.Code) || system is not (CodeSystems.Icd10Cm or CodeSystems.Icd10Pcs))
            {
                throw new InvalidDataException($"{path}: codes[{i}]: needs a code and a system of {CodeSystems.Icd10Cm} or {CodeSystems.Icd10Pcs}");
            }

            codes.Add(new SuggestedCode(system, entry.Code.Trim().ToUpperInvariant(), entry.Description ?? "", 1.0, [], "given"));
        }

        if (!codes.Any(c => c.System == CodeSystems.Icd10Cm))
        {
            throw new InvalidDataException($"{path}: codes: at least one {CodeSystems.Icd10Cm} diagnosis is required");
        }

        return new Coded(validation.Encounter!, codes);
    }
}
