using MedCoder.Contracts.Coding;
using MedCoder.Contracts.Compliance;

namespace MedCoder.ComplianceEdit.Edits.Icd10CmValidity;

/// <summary>
/// ICD-10-CM validity: at least one diagnosis is coded, and every diagnosis is listed once and exists and is
/// billable in the snapshot's ICD-10-CM release.
/// </summary>
public sealed class Icd10CmValidityEdit : ICodingEdit
{
    public const string NoDiagnosis = "DX-NONE";
    public const string InvalidCode = "DX-INVALID";
    public const string HeaderCode = "DX-NOT-BILLABLE";
    public const string DuplicateCode = "DX-DUPLICATE";

    public string Family => "DX";

    public string RuleSource => CodeSystems.Icd10Cm;

    public string SourceVersion(EditContext context) => context.CodeSets.Icd10Cm.Release.Codes.Version;

    public IEnumerable<EditFinding> Run(EditContext context)
    {
        var release = context.CodeSets.Icd10Cm.Release.Codes;
        var source = SourceVersion(context);
        var diagnoses = context.CodesOf(CodeSystems.Icd10Cm).ToList();
        if (diagnoses.Count == 0)
        {
            yield return new EditFinding(NoDiagnosis, EditSeverity.Error, string.Empty, "A claim needs at least one ICD-10-CM diagnosis.", source);
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var diagnosis in diagnoses)
        {
            if (!seen.Add(diagnosis.Code))
            {
                yield return new EditFinding(DuplicateCode, EditSeverity.Warning, diagnosis.Code, "The same diagnosis is listed twice.", source);
                continue;
            }

            switch (release.Find(diagnosis.Code))
            {
                case null:
                    yield return new EditFinding(InvalidCode, EditSeverity.Error, diagnosis.Code, $"Not a code of {source} (in force on the date of service).", source);
                    break;
                case { Billable: false }:
                    yield return new EditFinding(HeaderCode, EditSeverity.Error, diagnosis.Code, "A category header, not a billable code: a more specific code is required.", source);
                    break;
            }
        }
    }
}
