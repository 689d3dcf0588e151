namespace MedCoder.CodeSets.Icd10Cm;

/// <summary>What an addenda line does. A revision is two lines: the old title (ReviseFrom) then the new one (ReviseTo).</summary>
public enum AddendaAction
{
    Add,
    Delete,
    ReviseFrom,
    ReviseTo,
}

/// <summary>
/// The two CMS addenda layouts: Order (order-file addenda: billable flag, short and long title, headers included)
/// and Codes (codes-file addenda: valid codes only, long title only).
/// </summary>
public enum AddendaLayout
{
    Order,
    Codes,
}

/// <summary>
/// One addenda line. Code is stored without its dot. For the Codes layout Billable is always true (that file lists
/// only valid codes) and ShortDescription is empty (the file has no short title).
/// </summary>
public sealed record AddendaEntry(AddendaAction Action, string Code, bool Billable, string ShortDescription, string LongDescription)
{
    public bool IsRevision => Action is AddendaAction.ReviseFrom or AddendaAction.ReviseTo;
}

/// <summary>A title revision: the line before and the line after.</summary>
public sealed record AddendaRevision(AddendaEntry From, AddendaEntry To);
