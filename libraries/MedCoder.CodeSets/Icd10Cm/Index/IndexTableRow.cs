namespace MedCoder.CodeSets.Icd10Cm;

/// <summary>
/// One term of the Drug or Neoplasm table. Path holds the titles from the main term down to this term, with
/// nonessential modifiers in parentheses ("Abrus (seed)"); Term is this term's title without them ("Abrus").
/// Cells holds the six columns exactly as published (null when the XML has no cell): codes keep their dot and may
/// end in '-', which means the code needs more characters (C34.9- is C34.90, C34.91 or C34.92); "--" and "-" mean
/// the column has no code.
/// </summary>
public sealed record IndexTableRow(IReadOnlyList<string> Path, string Term, IReadOnlyList<string?> Cells, string? See, string? SeeAlso)
{
    public int Level => Path.Count - 1;

    public string? Code(DrugColumn column) => CodeAt((int)column);

    public string? Code(NeoplasmColumn column) => CodeAt((int)column);

    /// <summary>The cell as published, or null when it is empty, "--" or "-".</summary>
    private string? CodeAt(int column) => Cells[column] is { } cell && cell.Trim('-').Length > 0 ? cell : null;
}
