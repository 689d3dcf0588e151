using MedCoder.CodeSets.Cpt;
using MedCoder.CodeSets.Library;
using MedCoder.Contracts.Coding;
using MedCoder.Contracts.Compliance;

namespace MedCoder.ComplianceEdit.Edits.Cpt;

/// <summary>
/// CPT on the claim's lines: a line code that is not HCPCS Level II must be a CPT code number (five digits, or four
/// and F, T, U or M); when a licensed CPT file is installed, it must also be in it. Without one, existence is not
/// checked (the shipped data holds no CPT code list).
/// </summary>
public sealed class CptFormatEdit : ICodingEdit
{
    public const string NotACode = "CPT-FORMAT";
    public const string Unknown = "CPT-INVALID";

    public string Family => "CPT";

    public string RuleSource => CodeSystems.Cpt;

    public string SourceVersion(EditContext context) =>
        context.CodeSets.Table<LicensedCptFile>(SourceKind.LicensedCpt) is { IsLoaded: true } ? "CPT (licensed file)" : "CPT code format";

    public IEnumerable<EditFinding> Run(EditContext context)
    {
        var licensed = context.CodeSets.Table<LicensedCptFile>(SourceKind.LicensedCpt) is { IsLoaded: true } file ? file : null;
        var source = SourceVersion(context);
        foreach (var line in context.Lines.Where(l => !LineCodes.IsHcpcsLevel2(l.Code)))
        {
            var code = LineCodes.Normalize(line.Code);
            if (!CptCodeFormat.IsCpt(code))
            {
                yield return new EditFinding(NotACode, EditSeverity.Error, line.Code,
                    $"'{line.Code}' on line {line.Number} is neither a CPT code number (5 characters) nor a HCPCS Level II code.", source, [line.Code], [line.Number]);
            }
            else if (licensed is not null && licensed.Find(code) is null)
            {
                yield return new EditFinding(Unknown, EditSeverity.Error, line.Code, $"{line.Code} on line {line.Number} is not in the licensed CPT file.", source, [line.Code], [line.Number]);
            }
        }
    }
}
