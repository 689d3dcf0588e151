using System.Globalization;
using System.Text.Json;
using MedCoder.CodeSets.Files;

namespace MedCoder.CodeSets.Edits;

/// <summary>
/// A JSON code-set file held in memory so parse errors can name the line of the record at fault:
/// System.Text.Json elements carry no position, so loaders walk with a Utf8JsonReader and take the line
/// from the byte offset where each record starts.
/// </summary>
internal sealed class JsonFile
{
    private readonly ReadOnlyMemory<byte> _utf8;
    private long _countedTo;
    private int _linesBefore;

    private JsonFile(string path, ReadOnlyMemory<byte> utf8)
    {
        Path = path;
        _utf8 = utf8;
    }

    public string Path { get; }

    public static JsonFile Open(string path)
    {
        using var input = DataFile.OpenRead(path);
        using var buffer = new MemoryStream();
        input.CopyTo(buffer);
        var bytes = buffer.ToArray();
        var bom = bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
        return new JsonFile(path, bytes.AsMemory(bom));
    }

    public Utf8JsonReader Reader() => new(_utf8.Span, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });

    /// <summary>1-based line of a byte offset; offsets usually grow, so counting resumes where it stopped.</summary>
    public int LineAt(long offset)
    {
        if (offset < _countedTo)
        {
            (_countedTo, _linesBefore) = (0, 0);
        }

        _linesBefore += _utf8.Span[(int)_countedTo..(int)offset].Count((byte)'\n');
        _countedTo = offset;
        return _linesBefore + 1;
    }

    public CodeSetFormatException Error(long offset, string problem) => new(Path, LineAt(offset), problem);

    public CodeSetFormatException Error(JsonException invalid) =>
        new(Path, (int)(invalid.LineNumber ?? 0) + 1, $"invalid JSON: {invalid.Message}");

    public void Expect(ref Utf8JsonReader reader, JsonTokenType token, string what)
    {
        if (!reader.Read() || reader.TokenType != token)
        {
            throw Error(reader.TokenStartIndex, $"expected {what}");
        }
    }

    /// <summary>Reads the value the reader is on as one record (object), remembering the line where it starts.</summary>
    public JsonRecord Record(ref Utf8JsonReader reader, string what)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw Error(reader.TokenStartIndex, $"expected {what} as a JSON object");
        }

        var line = LineAt(reader.TokenStartIndex);
        using var document = JsonDocument.ParseValue(ref reader);
        return new JsonRecord(document.RootElement.Clone(), this, line);
    }
}

/// <summary>One JSON object with the line it starts on, and typed field access that reports that line.</summary>
internal readonly record struct JsonRecord(JsonElement Element, JsonFile File, int Line)
{
    public CodeSetFormatException Error(string problem) => new(File.Path, Line, problem);

    public string String(string name) =>
        Element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()!
            : throw Error($"field '{name}' is missing or not a string");

    public int Int(string name) =>
        Element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number)
            ? number
            : throw Error($"field '{name}' is missing or not an integer");

    /// <summary>A yyyy-MM-dd (or CMS yyyyMMdd) date; blank or "*" (CMS's "no date") gives null when allowed.</summary>
    public DateOnly? Date(string name, bool optional)
    {
        var text = String(name).Trim();
        if (optional && text is "" or "*")
        {
            return null;
        }

        return DateOnly.TryParseExact(text, ["yyyy-MM-dd", "yyyyMMdd"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw Error($"field '{name}' = '{text}' is not a yyyy-mm-dd date");
    }
}
