using System.Collections.Frozen;
using System.Xml;
using MedCoder.CodeSets.Files;

namespace MedCoder.CodeSets.Icd10Cm;

/// <summary>
/// Reads the CDC Tabular List XML (here the stale FY2021 copy) for what the derived FY2026 file lacks: Code also,
/// plain notes, the 7th-character instruction and the 7th-character meanings of each diag. Kinds the derived file
/// carries are skipped, and so are codes that no longer exist, so a stale note never overrides or outlives FY2026.
/// Chapter- and section-level notes are not read: the code hierarchy used for inheritance stops at the category.
/// Streams with XmlReader: the file is 9 MB and a DOM costs several times the parse.
/// </summary>
internal static class LegacyTabularReader
{
    // The tabular XML uses the derived file's field names, plus the kinds only it carries.
    private static readonly FrozenDictionary<string, NoteKind> NoteElements = DerivedNotesReader.Fields
        .Concat(new Dictionary<string, NoteKind>(StringComparer.Ordinal)
        {
            ["codeAlso"] = NoteKind.CodeAlso,
            ["notes"] = NoteKind.Note,
            ["sevenChrNote"] = NoteKind.SeventhCharacter,
        })
        .ToFrozenDictionary(StringComparer.Ordinal);

    // Structure rather than notes: titles, nested codes, and the visual-impairment table under H54.
    private static readonly FrozenSet<string> OtherElements = new[] { "desc", "diag", "visualImpairment" }.ToFrozenSet(StringComparer.Ordinal);

    public static void Read(
        string path,
        Func<string, bool> exists,
        Dictionary<string, List<TabularNote>> notes,
        Dictionary<string, List<SeventhCharacter>> seventhCharacters)
    {
        try
        {
            using var input = DataFile.OpenRead(path);
            using var reader = XmlReader.Create(input, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, IgnoreComments = true, IgnoreWhitespace = true });
            new Walk(path, reader, exists, notes, seventhCharacters).Run();
        }
        catch (XmlException e)
        {
            throw new CodeSetFormatException(path, e.LineNumber, $"not well-formed XML: {e.Message}");
        }

        foreach (var empty in notes.Where(n => n.Value.Count == 0).Select(n => n.Key).ToArray())
        {
            notes.Remove(empty);
        }
    }

    private sealed class Walk(
        string path,
        XmlReader reader,
        Func<string, bool> exists,
        Dictionary<string, List<TabularNote>> notes,
        Dictionary<string, List<SeventhCharacter>> seventhCharacters)
    {
        // The open elements by depth; for a diag, Code is set once its <name> has been read.
        private readonly List<(string Name, string? Code)> _open = [];
        private string? _source;

        private int Line => ((IXmlLineInfo)reader).LineNumber;

        public void Run()
        {
            reader.MoveToContent();
            if (reader.LocalName != "ICD10CM.tabular")
            {
                throw Fail($"root element is <{reader.LocalName}>, expected <ICD10CM.tabular>");
            }

            while (!reader.EOF)
            {
                if (reader.NodeType == XmlNodeType.Element)
                {
                    Element(); // each handler leaves the reader on the next node
                }
                else
                {
                    reader.Read();
                }
            }
        }

        private void Element()
        {
            var depth = reader.Depth;
            var name = reader.LocalName;
            var line = Line;
            _open.RemoveRange(depth, _open.Count - depth);
            _open.Add((name, null));
            var parent = depth > 0 ? _open[depth - 1] : default;

            if (name == "version" && depth == 1)
            {
                _source = $"FY{Clean(reader.ReadElementContentAsString())} tabular XML";
            }
            else if (parent.Name != "diag" || OtherElements.Contains(name))
            {
                reader.Read();
            }
            else if (name == "name")
            {
                var code = Clean(reader.ReadElementContentAsString());
                _open[depth - 1] = ("diag", CodeText.IsIcd10Cm(code) ? Icd10CmFormat.WithoutDot(code) : throw Fail($"'{code}' is not an ICD-10-CM code", line));
            }
            else
            {
                var code = parent.Code ?? throw Fail($"<{name}> comes before the diag's <name>");
                if (name == "sevenChrDef" && exists(code))
                {
                    SeventhCharacters(code);
                }
                else if (NoteElements.TryGetValue(name, out var kind) && !DerivedNotesReader.Kinds.Contains(kind) && exists(code))
                {
                    Notes(code, kind);
                }
                else if (name == "sevenChrDef" || NoteElements.ContainsKey(name))
                {
                    reader.Skip();
                }
                else
                {
                    throw Fail($"unknown element <{name}> in diag {code}");
                }
            }
        }

        private void Notes(string code, NoteKind kind)
        {
            if (!notes.TryGetValue(code, out var list))
            {
                notes[code] = list = [];
            }

            foreach (var (name, _, text, line) in Children())
            {
                list.Add(name == "note" ? new TabularNote(kind, text, Source) : throw Fail($"<{kind}> notes may hold only <note>, found <{name}>", line));
            }
        }

        // <extension char="B">initial encounter for open fracture type I or II</extension> may be followed by
        // <note>initial encounter for open fracture NOS</note>: another wording of the same character, joined with "; ".
        private void SeventhCharacters(string code)
        {
            var line = Line;
            var characters = new List<SeventhCharacter>();
            foreach (var (name, character, text, itemLine) in Children())
            {
                if (name == "extension" && character is [var c] && char.IsAsciiLetterOrDigit(c) && text.Length > 0)
                {
                    characters.Add(new SeventhCharacter(char.ToUpperInvariant(c), text, Source));
                }
                else if (name == "note" && characters.Count > 0)
                {
                    characters[^1] = characters[^1] with { Meaning = $"{characters[^1].Meaning}; {text}" };
                }
                else
                {
                    throw Fail("<sevenChrDef> must hold <extension char=\"X\">meaning</extension> items, each optionally followed by <note>", itemLine);
                }
            }

            if (!seventhCharacters.TryAdd(code, characters))
            {
                throw Fail($"{code} has a second <sevenChrDef>", line);
            }
        }

        /// <summary>The child elements of the current element as (name, char attribute, text, line); leaves the reader after its end.</summary>
        private List<(string Name, string? Character, string Text, int Line)> Children()
        {
            var children = new List<(string, string?, string, int)>();
            if (reader.IsEmptyElement)
            {
                reader.Read();
                return children;
            }

            var depth = reader.Depth;
            reader.Read();
            while (!(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth))
            {
                if (reader.NodeType == XmlNodeType.Element)
                {
                    var (name, character, line) = (reader.LocalName, reader.GetAttribute("char"), Line);
                    children.Add((name, character, Clean(reader.ReadElementContentAsString()), line));
                }
                else
                {
                    reader.Read();
                }
            }

            reader.Read();
            return children;
        }

        private string Source => _source ?? throw Fail("<version> must come before the first diag");

        private static string Clean(string text) => CodeText.Clean(text);

        private CodeSetFormatException Fail(string problem, int? line = null) => new(path, line ?? Line, problem);
    }
}
