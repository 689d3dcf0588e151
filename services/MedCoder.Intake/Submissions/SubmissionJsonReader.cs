using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using MedCoder.Contracts.Encounters;
using MedCoder.Storage;

namespace MedCoder.Intake.Submissions;

/// <summary>
/// Reads a submission's JSON and names every field whose value has the wrong type or format (e.g. a birthDate that
/// is not a date), with the same field paths as the validator ("patient.birthDate", "charges[0].units").
/// Messages state the expected format and never quote the value: the body is PHI.
/// </summary>
public static class SubmissionJsonReader
{
    private const int MaxFieldErrors = 50;

    public sealed record Result(EncounterSubmission? Submission, IReadOnlyDictionary<string, string> FieldErrors);

    /// <summary>
    /// Parses the document, then binds it; a value that does not bind is reported and dropped (as if absent) and
    /// binding is retried, so one request reports every mistyped field, not only the first.
    /// </summary>
    public static async Task<Result> ReadAsync(Stream body, CancellationToken cancellationToken)
    {
        JsonNode? root;
        try
        {
            root = await JsonNode.ParseAsync(body, cancellationToken: cancellationToken);
        }
        catch (JsonException ex)
        {
            return new Result(null, new Dictionary<string, string> { [FieldOf(ex.Path) ?? "body"] = $"is not valid JSON (line {ex.LineNumber + 1})" });
        }

        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        while (true)
        {
            try
            {
                return new Result(root.Deserialize<EncounterSubmission>(StoreJson.Options), errors);
            }
            catch (JsonException ex)
            {
                var field = FieldOf(ex.Path);
                if (field is null || errors.ContainsKey(field) || errors.Count >= MaxFieldErrors || !Drop(root, ex.Path!))
                {
                    errors.TryAdd(field ?? "body", "does not match the encounter document");
                    return new Result(null, errors);
                }

                errors[field] = ExpectedFormat(field);
            }
        }
    }

    /// <summary>"$.patient.birthDate" → "patient.birthDate"; "$.charges[0].units" → "charges[0].units"; "$" → null.</summary>
    private static string? FieldOf(string? jsonPath) =>
        jsonPath is null || jsonPath.Length <= 2 || !jsonPath.StartsWith("$.", StringComparison.Ordinal) ? null : jsonPath[2..];

    /// <summary>Replaces the value at the path with null (every submission field is nullable).</summary>
    private static bool Drop(JsonNode? root, string jsonPath)
    {
        var node = root;
        var segments = Segments(jsonPath[2..]).ToList();
        for (var i = 0; i < segments.Count - 1 && node is not null; i++)
        {
            node = segments[i] is int index ? (index >= 0 ? (node as JsonArray)?.ElementAtOrDefault(index) : null) : (node as JsonObject)?[(string)segments[i]];
        }

        switch (node, segments[^1])
        {
            case (JsonObject parent, string name) when parent.ContainsKey(name):
                parent[name] = null;
                return true;
            case (JsonArray parent, int index) when index >= 0 && index < parent.Count:
                parent[index] = null;
                return true;
            default:
                return false;
        }
    }

    /// <summary>Property names and array indexes of a System.Text.Json path ("patient.birthDate", "charges[0].units").</summary>
    private static IEnumerable<object> Segments(string path)
    {
        foreach (var part in path.Split('.'))
        {
            var bracket = part.IndexOf('[', StringComparison.Ordinal);
            yield return bracket < 0 ? part : part[..bracket];
            while (bracket >= 0)
            {
                var close = part.IndexOf(']', bracket);
                // -1 (never an index) when the path is not a plain one; Drop then gives up.
                yield return close > bracket && int.TryParse(part.AsSpan(bracket + 1, close - bracket - 1), out var index) ? index : -1;
                if (close < 0)
                {
                    yield break;
                }

                bracket = part.IndexOf('[', close);
            }
        }
    }

    /// <summary>What the field takes, from the submission's own property types.</summary>
    private static string ExpectedFormat(string field)
    {
        var type = typeof(EncounterSubmission);
        foreach (var segment in Segments(field))
        {
            type = segment is int ? ElementType(type) : type?.GetProperty((string)segment, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase)?.PropertyType;
        }

        type = type is null ? null : Nullable.GetUnderlyingType(type) ?? type;
        return type switch
        {
            _ when type == typeof(DateOnly) => "must be a date (yyyy-MM-dd)",
            _ when type == typeof(DateTimeOffset) => "must be a date and time (ISO 8601)",
            _ when type == typeof(int) => "must be a whole number",
            _ when type == typeof(decimal) => "must be a number",
            _ when type == typeof(string) => "must be a string",
            _ when ElementType(type) is not null => "must be an array",
            _ when type is not null => "must be an object",
            _ => "has a value of the wrong type",
        };
    }

    private static Type? ElementType(Type? type) =>
        type is { IsGenericType: true } && type.GetGenericTypeDefinition() == typeof(List<>) ? type.GetGenericArguments()[0] : null;
}
