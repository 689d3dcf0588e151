using MedCoder.CodeSets.Files;

namespace MedCoder.CodeSets.Icd10Cm;

/// <summary>
/// The ICD-10-CM Neoplasm Table (icd10cm-neoplasm-*.xml): the main term "Neoplasm, neoplastic" (site unspecified)
/// and one row per anatomical site or subsite with six codes (see NeoplasmColumn). Codes are kept as published:
/// with dot, possibly ending in '-' (more characters needed, e.g. C34.9- for laterality), and "-" where a column has
/// no code.
/// </summary>
public sealed class NeoplasmTable : ICacheable
{
    private const string CacheTag = "Icd10CmNeoplasmTable";
    private const int CacheVersion = 1;

    private static readonly string[] Headings =
    [
        "Malignant Primary", "Malignant Secondary", "Ca in situ", "Benign", "Uncertain Behavior", "Unspecified Behavior",
    ];

    private readonly CellTable _table;

    private NeoplasmTable(CellTable table) => _table = table;

    /// <summary>The six column headings as published, in NeoplasmColumn order.</summary>
    public IReadOnlyList<string> ColumnHeadings => _table.ColumnHeadings;

    /// <summary>The main-term row first, then every site in document order. Path[0] is "Neoplasm, neoplastic".</summary>
    public IReadOnlyList<IndexTableRow> Rows => _table.Rows;

    /// <summary>Site rows (terms under the main term).</summary>
    public int TermCount => Rows.Count(r => r.Level > 0);

    /// <summary>Cells present in the XML, "-" included.</summary>
    public int CellCount => _table.CellCount;

    public static NeoplasmTable Load(string path) => new(CellTable.Load(path, Headings, keyLevel: 1));

    /// <summary>The site's row and its subsite rows ("lung" gives lung, lung azygos lobe, ...); any case.</summary>
    public IReadOnlyList<IndexTableRow> Find(string site) => _table.Find(site);

    /// <summary>The row at a site path below the main term, e.g. ("lung", "hilus"); null when there is none.</summary>
    public IndexTableRow? FindPath(params string[] sitePath) => _table.FindPath(sitePath);

    public void Write(BinaryWriter writer)
    {
        BinaryCache.WriteHeader(writer, CacheTag, CacheVersion);
        _table.Write(writer);
    }

    public static NeoplasmTable Read(BinaryReader reader)
    {
        BinaryCache.ReadHeader(reader, CacheTag, CacheVersion);
        return new NeoplasmTable(CellTable.Read(reader));
    }
}
