using MedCoder.CodeSets.Files;

namespace MedCoder.CodeSets.Icd10Cm;

/// <summary>
/// The ICD-10-CM Table of Drugs and Chemicals (icd10cm-drug-*.xml): one row per substance or subterm with six
/// codes (see DrugColumn). Codes are kept as published: with dot, possibly ending in '-' (more characters needed,
/// including the 7th character the T36-T65 codes always take), and "--" where a column has no code.
/// </summary>
public sealed class DrugTable : ICacheable
{
    private const string CacheTag = "Icd10CmDrugTable";
    private const int CacheVersion = 1;

    private static readonly string[] Headings =
    [
        "Poisoning Accidental (unintentional)", "Poisoning Intentional self-harm", "Poisoning Assault",
        "Poisoning Undetermined", "Adverse effect", "Underdosing",
    ];

    private readonly CellTable _table;

    private DrugTable(CellTable table) => _table = table;

    /// <summary>The six column headings as published, in DrugColumn order.</summary>
    public IReadOnlyList<string> ColumnHeadings => _table.ColumnHeadings;

    /// <summary>Every main term and subterm in document order.</summary>
    public IReadOnlyList<IndexTableRow> Rows => _table.Rows;

    public int MainTermCount => Rows.Count(r => r.Level == 0);

    /// <summary>Cells present in the XML, "--" included.</summary>
    public int CellCount => _table.CellCount;

    public static DrugTable Load(string path) => new(CellTable.Load(path, Headings, keyLevel: 0));

    /// <summary>The substance's row and its subterm rows; the term may include or omit nonessential modifiers, any case.</summary>
    public IReadOnlyList<IndexTableRow> Find(string substance) => _table.Find(substance);

    /// <summary>The row at a path of terms, e.g. ("Acetic", "acid", "medicinal"); null when there is none.</summary>
    public IndexTableRow? FindPath(params string[] path) => _table.FindPath(path);

    public void Write(BinaryWriter writer)
    {
        BinaryCache.WriteHeader(writer, CacheTag, CacheVersion);
        _table.Write(writer);
    }

    public static DrugTable Read(BinaryReader reader)
    {
        BinaryCache.ReadHeader(reader, CacheTag, CacheVersion);
        return new DrugTable(CellTable.Read(reader));
    }
}
