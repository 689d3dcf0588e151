using System.Collections.Frozen;
using System.Text.Json;
using System.Text.RegularExpressions;
using MedCoder.CodeSets.Files;

namespace MedCoder.CodeSets.Icd10Cm;

/// <summary>
/// Reads the DERIVED notes JSON (a third party's parse of the FY2026 Tabular List XML):
/// { "source": "... FY2026", "codes": { "A04": { "code", "description", "excludes1": [...], "excludes1_code_refs": [...] } } }.
/// It carries inclusion terms, Includes, Excludes1/2, Code first and Use additional code, and nothing else: no
/// 7th characters, Code also or plain notes (see SOURCES.md). Unknown fields are errors, so a richer file is noticed.
/// </summary>
internal static partial class DerivedNotesReader
{
    /// <summary>The kinds this file carries; for these kinds it is the only source.</summary>
    public static readonly FrozenDictionary<string, NoteKind> Fields = new Dictionary<string, NoteKind>(StringComparer.Ordinal)
    {
        ["inclusionTerm"] = NoteKind.InclusionTerm,
        ["includes"] = NoteKind.Includes,
        ["excludes1"] = NoteKind.Excludes1,
        ["excludes2"] = NoteKind.Excludes2,
        ["codeFirst"] = NoteKind.CodeFirst,
        ["useAdditionalCode"] = NoteKind.UseAdditionalCode,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static readonly FrozenSet<NoteKind> Kinds = Fields.Values.ToFrozenSet();

    public static Dictionary<string, List<TabularNote>> Read(string path)
    {
        byte[] json;
        using (var input = DataFile.OpenRead(path))
        using (var buffer = new MemoryStream())
        {
            input.CopyTo(buffer);
            json = buffer.ToArray();
        }

        if (json is [0xEF, 0xBB, 0xBF, ..])
        {
            json = json[3..]; // byte-order mark; line numbers are unaffected
        }

        var file = new JsonFile(path, json);
        var reader = new Utf8JsonReader(json);
        string? source = null;
        var notes = new List<(string Code, NoteKind Kind, string Text)>();
        try
        {
            file.Expect(ref reader, JsonTokenType.StartObject);
            while (file.Next(ref reader) == JsonTokenType.PropertyName)
            {
                var name = reader.GetString();
                file.Next(ref reader);
                if (name == "source")
                {
                    source = file.String(ref reader);
                }
                else if (name == "codes")
                {
                    ReadCodes(ref reader, file, notes);
                }
                else
                {
                    reader.Skip();
                }
            }
        }
        catch (JsonException e)
        {
            throw new CodeSetFormatException(path, (int)(e.LineNumber ?? 0) + 1, $"not valid JSON: {e.Message}");
        }

        var label = SourceLabel(source, path);
        var byCode = new Dictionary<string, List<TabularNote>>(StringComparer.Ordinal);
        foreach (var (code, kind, text) in notes)
        {
            if (!byCode.TryGetValue(code, out var list))
            {
                byCode[code] = list = [];
            }

            list.Add(new TabularNote(kind, text, label));
        }

        return byCode;
    }

    private static void ReadCodes(ref Utf8JsonReader reader, JsonFile file, List<(string, NoteKind, string)> notes)
    {
        file.Expect(ref reader, JsonTokenType.StartObject, current: true);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (file.Next(ref reader) == JsonTokenType.PropertyName)
        {
            var key = reader.GetString()!;
            var code = Icd10CmFormat.WithoutDot(key);
            if (!CodeText.IsIcd10Cm(key) || !seen.Add(code))
            {
                throw file.Fail(reader.TokenStartIndex, $"code key '{key}' is not an ICD-10-CM code or is repeated");
            }

            file.Next(ref reader);
            file.Expect(ref reader, JsonTokenType.StartObject, current: true);
            while (file.Next(ref reader) == JsonTokenType.PropertyName)
            {
                var field = reader.GetString()!;
                var at = reader.TokenStartIndex;
                file.Next(ref reader);
                if (Fields.TryGetValue(field, out var kind))
                {
                    file.Expect(ref reader, JsonTokenType.StartArray, current: true);
                    while (file.Next(ref reader) != JsonTokenType.EndArray)
                    {
                        notes.Add((code, kind, CodeText.Clean(file.String(ref reader))));
                    }
                }
                else if (field == "code" && !string.Equals(file.String(ref reader), key, StringComparison.Ordinal))
                {
                    throw file.Fail(at, $"\"code\" differs from its key '{key}'");
                }
                else if (field is "code" or "description")
                {
                    file.String(ref reader);
                }
                else if (field.EndsWith("_code_refs", StringComparison.Ordinal))
                {
                    reader.Skip(); // code lists extracted from the note texts; the texts are kept instead
                }
                else
                {
                    throw file.Fail(at, $"unknown field \"{field}\" in {key}; teach DerivedNotesReader what it is before using this file");
                }
            }
        }
    }

    /// <summary>"CDC/NCHS ICD-10-CM Tabular List FY2026" becomes "FY2026 derived notes".</summary>
    private static string SourceLabel(string? source, string path)
    {
        var year = source is null ? null : FiscalYear().Match(source);
        return year is { Success: true }
            ? $"{year.Value} derived notes"
            : throw new CodeSetFormatException(path, 1, "the top-level \"source\" field must name the fiscal year (FYyyyy)");
    }

    [GeneratedRegex(@"FY\d{4}")]
    private static partial Regex FiscalYear();

    /// <summary>Turns positions into line numbers for errors the JSON reader itself does not raise.</summary>
    private sealed class JsonFile(string path, byte[] json)
    {
        public CodeSetFormatException Fail(long index, string problem) =>
            new(path, 1 + json.AsSpan(0, (int)Math.Min(index, json.Length)).Count((byte)'\n'), problem);

        public JsonTokenType Next(ref Utf8JsonReader reader) =>
            reader.Read() ? reader.TokenType : throw Fail(json.Length, "the JSON ends early");

        public void Expect(ref Utf8JsonReader reader, JsonTokenType expected, bool current = false)
        {
            var token = current ? reader.TokenType : Next(ref reader);
            if (token != expected)
            {
                throw Fail(reader.TokenStartIndex, $"expected {expected}, found {token}");
            }
        }

        public string String(ref Utf8JsonReader reader) =>
            reader.TokenType == JsonTokenType.String ? reader.GetString()! : throw Fail(reader.TokenStartIndex, $"expected a string, found {reader.TokenType}");
    }
}
