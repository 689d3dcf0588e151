namespace MedCoder.CodeSets.Icd10Pcs;

public enum PcsAddendaAction
{
    Add,
    Delete,
    Revise,
}

/// <summary>
/// One change between two order files. For a revision the descriptions are the new ones and the Previous*
/// properties hold the old ones; a 3-character code is a table header (its title changed, not a code).
/// </summary>
public sealed record PcsAddendaEntry(
    PcsAddendaAction Action,
    string Code,
    string ShortDescription,
    string LongDescription,
    string? PreviousShortDescription = null,
    string? PreviousLongDescription = null)
{
    public bool IsTableHeader => Code.Length == 3;
}
