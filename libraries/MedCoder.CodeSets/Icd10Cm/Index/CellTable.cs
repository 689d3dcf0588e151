using MedCoder.CodeSets.Files;
namespace MedCoder.CodeSets.Icd10Cm;

/// <summary>
/// What the Drug and Neoplasm tables share: rows of six code cells under a term hierarchy, their lookups and their
/// binary form. KeyLevel is the level searched by Find: 0 (substance) for drugs, 1 (site) for neoplasms, whose only
/// main term is "Neoplasm, neoplastic".
/// </summary>
internal sealed class CellTable
{
    private readonly TermPathIndex _index;

    public CellTable(IReadOnlyList<string> columnHeadings, IReadOnlyList<IndexTableRow> rows, int keyLevel)
    {
        ColumnHeadings = columnHeadings;
        Rows = rows;
        KeyLevel = keyLevel;
        _index = new TermPathIndex(rows.Select(r => (r.Level, r.Path[^1], r.Term)).ToArray());
    }

    public IReadOnlyList<string> ColumnHeadings { get; }

    public IReadOnlyList<IndexTableRow> Rows { get; }

    public int KeyLevel { get; }

    /// <summary>Cells present in the XML, "--" and "-" included.</summary>
    public int CellCount => Rows.Sum(r => r.Cells.Count(c => c is not null));

    public IReadOnlyList<IndexTableRow> Find(string term) => _index.Find(term, KeyLevel).Select(i => Rows[i]).ToArray();

    public IndexTableRow? FindPath(IReadOnlyList<string> path) => _index.FindPath(path, KeyLevel) is >= 0 and var i ? Rows[i] : null;

    public static CellTable Load(string path, IReadOnlyList<string> expectedHeadings, int keyLevel)
    {
        var root = XmlDataFile.LoadRoot(path, "ICD10CM.index");
        var headings = IndexXml.ColumnHeadings(path, root, expectedHeadings);
        var rows = IndexXml.Nodes(path, root).Select(node => ParseRow(path, node)).ToArray();
        return new CellTable(headings, rows, keyLevel);
    }

    private static IndexTableRow ParseRow(string path, IndexNode node)
    {
        var cells = new string?[6];
        string? see = null;
        string? seeAlso = null;
        foreach (var child in node.Element.Elements().Skip(1))
        {
            switch (child.Name.LocalName)
            {
                case "cell":
                    var column = IndexXml.Column(path, child);
                    cells[column] = IndexXml.Once(cells[column], path, child, $"second cell for col {column + 2}");
                    break;
                case "see":
                    see = IndexXml.Once(see, path, child, "second <see>");
                    break;
                case "seeAlso":
                    seeAlso = IndexXml.Once(seeAlso, path, child, "second <seeAlso>");
                    break;
                case "manif" or "term":
                    break;
                default:
                    throw XmlDataFile.Fail(path, child, $"unexpected <{child.Name.LocalName}> in <{node.Element.Name.LocalName}>");
            }
        }

        return new IndexTableRow(node.Path, node.Term, cells, see, seeAlso);
    }

    public void Write(BinaryWriter writer)
    {
        BinaryCache.WriteStrings(writer, ColumnHeadings);
        writer.Write(KeyLevel);
        writer.Write(Rows.Count);
        foreach (var row in Rows)
        {
            // Only the row's own title: the path is rebuilt from the levels on reading.
            writer.Write(row.Level);
            writer.Write(row.Path[^1]);
            writer.Write(row.Term);
            foreach (var cell in row.Cells)
            {
                BinaryCache.WriteNullable(writer, cell);
            }

            BinaryCache.WriteNullable(writer, row.See);
            BinaryCache.WriteNullable(writer, row.SeeAlso);
        }
    }

    /// <summary>Rows are cached as (level, title) steps of a depth-first walk; rebuilds the row's path and returns its level.</summary>
    internal static int ReadPathStep(BinaryReader reader, List<string> path, int row)
    {
        var level = reader.ReadInt32();
        if (level < 0 || level > path.Count)
        {
            throw new InvalidDataException($"Binary cache row {row} jumps to level {level} below level {path.Count - 1}.");
        }

        path.RemoveRange(level, path.Count - level);
        path.Add(reader.ReadString());
        return level;
    }

    public static CellTable Read(BinaryReader reader)
    {
        var headings = BinaryCache.ReadStrings(reader);
        var keyLevel = reader.ReadInt32();
        var rows = new IndexTableRow[BinaryCache.ReadCount(reader)];
        var path = new List<string>();
        for (var i = 0; i < rows.Length; i++)
        {
            var level = ReadPathStep(reader, path, i);
            var term = reader.ReadString();
            var cells = new string?[6];
            for (var c = 0; c < cells.Length; c++)
            {
                cells[c] = BinaryCache.ReadNullable(reader);
            }

            rows[i] = new IndexTableRow(path.ToArray(), term, cells, BinaryCache.ReadNullable(reader), BinaryCache.ReadNullable(reader));
        }

        return new CellTable(headings, rows, keyLevel);
    }
}
