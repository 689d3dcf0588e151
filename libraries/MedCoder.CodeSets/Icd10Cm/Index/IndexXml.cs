using System.Globalization;
using System.Text;
using System.Xml.Linq;

namespace MedCoder.CodeSets.Icd10Cm;

/// <summary>One mainTerm or term element of a CDC index XML file, with its place in the term hierarchy.</summary>
internal sealed record IndexNode(XElement Element, int Level, string[] Path, string Term);

/// <summary>
/// Walks the CDC ICD-10-CM index XML layout shared by the Drug table, Neoplasm table and External Cause index:
/// ICD10CM.index / letter / mainTerm / term level="1" / term level="2" ...
/// </summary>
internal static class IndexXml
{
    /// <summary>mainTerm and term elements in document order; checks that each level attribute matches the nesting.</summary>
    public static List<IndexNode> Nodes(string path, XElement root)
    {
        var nodes = new List<IndexNode>();
        foreach (var child in root.Elements())
        {
            switch (child.Name.LocalName)
            {
                case "version" or "title" or "indexHeading":
                    break;
                case "letter":
                    foreach (var mainTerm in child.Elements().Where(e => e.Name.LocalName != "title"))
                    {
                        if (mainTerm.Name.LocalName != "mainTerm")
                        {
                            throw XmlDataFile.Fail(path, mainTerm, $"<letter> may hold only <title> and <mainTerm>, found <{mainTerm.Name.LocalName}>");
                        }

                        Walk(path, mainTerm, 0, [], nodes);
                    }

                    break;
                default:
                    throw XmlDataFile.Fail(path, child, $"unexpected <{child.Name.LocalName}> under <{root.Name.LocalName}>");
            }
        }

        return nodes;
    }

    /// <summary>
    /// The headings of columns 2-7 (column 1 is the term itself), checked so that a reordered table is not misread.
    /// </summary>
    public static string[] ColumnHeadings(string path, XElement root, IReadOnlyList<string> expected)
    {
        var heading = root.Element("indexHeading") ?? throw XmlDataFile.Fail(path, root, "no <indexHeading>");
        var headings = new string[expected.Count];
        foreach (var head in heading.Elements("head"))
        {
            var column = Column(path, head, allowTermColumn: true);
            if (column >= 0)
            {
                headings[column] = CodeText.Clean(head.Value);
            }
        }

        for (var i = 0; i < expected.Count; i++)
        {
            if (!string.Equals(headings[i], expected[i], StringComparison.OrdinalIgnoreCase))
            {
                throw XmlDataFile.Fail(path, heading, $"column {i + 2} is headed '{headings[i]}', expected '{expected[i]}'");
            }
        }

        return headings;
    }

    /// <summary>The 0-based code column of a cell or head (XML col 2-7); -1 for the term column (col 1) when allowed.</summary>
    public static int Column(string path, XElement element, bool allowTermColumn = false)
    {
        var text = element.Attribute("col")?.Value;
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var col) && (col is >= 2 and <= 7 || (allowTermColumn && col == 1)))
        {
            return col - 2;
        }

        throw XmlDataFile.Fail(path, element, $"col=\"{text}\" is not a code column (2-7)");
    }

    /// <summary>The element's text, required to be non-empty.</summary>
    public static string Text(string path, XElement element) =>
        CodeText.Clean(element.Value) is { Length: > 0 } text ? text : throw XmlDataFile.Fail(path, element, $"<{element.Name.LocalName}> is empty");

    /// <summary>The element's text for a slot that may be filled once; a second element of the kind is a format error.</summary>
    public static string Once(string? current, string path, XElement element, string second) =>
        current is null ? Text(path, element) : throw XmlDataFile.Fail(path, element, second);

    private static void Walk(string path, XElement element, int level, string[] parentPath, List<IndexNode> nodes)
    {
        if (level > 0 && element.Attribute("level")?.Value != level.ToString(CultureInfo.InvariantCulture))
        {
            throw XmlDataFile.Fail(path, element, $"<term> nested at level {level} has level=\"{element.Attribute("level")?.Value}\"");
        }

        var (title, term) = Title(path, element);
        if (element.Element("manif") is { } manif)
        {
            // Once in the neoplasm table: "book-leaf (mouth)" with "ventral surface of tongue and floor of mouth"; kept in the title.
            title = $"{title} [{Text(path, manif)}]";
        }

        string[] termPath = [.. parentPath, title];
        nodes.Add(new IndexNode(element, level, termPath, term));
        foreach (var child in element.Elements("term"))
        {
            Walk(path, child, level + 1, termPath, nodes);
        }
    }

    /// <summary>
    /// "Acid&lt;nemod&gt;(corrosive)&lt;/nemod&gt; NEC" gives the title "Acid (corrosive) NEC" and the term "Acid NEC":
    /// nemod holds nonessential modifiers, which do not change the code.
    /// </summary>
    private static (string Title, string Term) Title(string path, XElement element)
    {
        var title = element.Elements().FirstOrDefault();
        if (title?.Name.LocalName != "title")
        {
            throw XmlDataFile.Fail(path, element, $"<{element.Name.LocalName}> does not start with <title>");
        }

        var full = new StringBuilder();
        var bare = new StringBuilder();
        foreach (var node in title.Nodes())
        {
            switch (node)
            {
                case XText text:
                    full.Append(text.Value);
                    bare.Append(text.Value);
                    break;
                case XElement { Name.LocalName: "nemod" } modifier:
                    full.Append(' ').Append(modifier.Value).Append(' ');
                    bare.Append(' ');
                    break;
                case XElement other:
                    throw XmlDataFile.Fail(path, other, $"unexpected <{other.Name.LocalName}> in <title>");
            }
        }

        var fullTitle = CodeText.Clean(full.ToString());
        var bareTerm = CodeText.Clean(bare.ToString());
        return fullTitle.Length > 0 ? (fullTitle, bareTerm.Length > 0 ? bareTerm : fullTitle) : throw XmlDataFile.Fail(path, title, "empty <title>");
    }
}
