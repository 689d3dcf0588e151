namespace MedCoder.CodeSets.Icd10Pcs;

/// <summary>
/// One row of a CMS ICD-10-PCS order file. Valid rows are 7-character codes reportable on a claim;
/// non-valid rows are the 3-character table headers (section, body system, root operation) whose long
/// description is the table title.
/// </summary>
public sealed record Icd10PcsCode(int OrderNumber, string Code, bool Valid, string ShortDescription, string LongDescription)
{
    public bool IsTableHeader => !Valid && Code.Length == 3;
}
