using System.Text;

namespace MedCoder.SyntheticEncounters;

/// <summary>Builds note text with '\n' line endings (platform-independent, so output is deterministic everywhere).</summary>
internal sealed class NoteText
{
    private readonly StringBuilder _text = new();

    public NoteText Line(string line)
    {
        _text.Append(line).Append('\n');
        return this;
    }

    public NoteText Blank() => Line(string.Empty);

    /// <summary>"HEADER: body" for a one-line body, otherwise the header on its own line followed by the body lines.</summary>
    public NoteText Section(string header, string body) =>
        body.Contains('\n', StringComparison.Ordinal) ? Line(header).Line(body).Blank() : Line($"{header} {body}").Blank();

    /// <summary>A list-like section: the header on its own line and the body below it ("None." stays inline).</summary>
    public NoteText Block(string header, string body) => body == "None." ? Section(header, body) : Line(header).Line(body).Blank();

    public override string ToString() => _text.ToString().TrimEnd('\n');

    public static string Bullets(IEnumerable<string> items, string indent = "")
    {
        var lines = items.Select(i => $"{indent}- {i}").ToList();
        return lines.Count == 0 ? "None." : string.Join('\n', lines);
    }

    /// <summary>"a", "a and b", "a, b, and c".</summary>
    public static string Join(IReadOnlyList<string> items, string conjunction) => items.Count switch
    {
        0 => string.Empty,
        1 => items[0],
        2 => $"{items[0]} {conjunction} {items[1]}",
        _ => $"{string.Join(", ", items.Take(items.Count - 1))}, {conjunction} {items[^1]}",
    };

    public static string Sentence(string phrase) => phrase.EndsWith('.') ? phrase : phrase + ".";
}
