using MedCoder.CodeSets.Library;
using MedCoder.Contracts.Coding;
using MedCoder.Contracts.Compliance;
using MedCoder.Contracts.Encounters;

namespace MedCoder.ComplianceEdit.Edits;

/// <summary>
/// First edits: every diagnosis exists and is billable in the ICD-10-CM release in force on the date of
/// service, and at least one diagnosis is coded. The full edit engine (MCE, Excludes1, MUE, NCCI) builds on this.
/// </summary>
public sealed class CodingEditor(ICodeSets codeSets)
{
    public const string NoDiagnosis = "DX-NONE";
    public const string InvalidCode = "DX-INVALID";
    public const string HeaderCode = "DX-NOT-BILLABLE";
    public const string DuplicateCode = "DX-DUPLICATE";
    public const string CodeSetNotInForce = "CODESET-NOT-IN-FORCE";

    public IReadOnlyList<EditFinding> Run(Encounter encounter, IReadOnlyList<SuggestedCode> codes)
    {
        var choice = codeSets.For(encounter.ServiceEnd).Icd10Cm;
        var release = choice.Release.Codes;
        var source = release.Version;
        var findings = new List<EditFinding>();
        if (!choice.InForce)
        {
            findings.Add(new EditFinding(CodeSetNotInForce, EditSeverity.Warning, string.Empty, $"No ICD-10-CM release loaded for the date of service; checked against {source}.", source));
        }

        var diagnoses = codes.Where(c => c.System == CodeSystems.Icd10Cm).ToList();
        if (diagnoses.Count == 0)
        {
            findings.Add(new EditFinding(NoDiagnosis, EditSeverity.Error, string.Empty, "A claim needs at least one ICD-10-CM diagnosis.", source));
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var diagnosis in diagnoses)
        {
            if (!seen.Add(diagnosis.Code))
            {
                findings.Add(new EditFinding(DuplicateCode, EditSeverity.Warning, diagnosis.Code, "The same diagnosis is listed twice.", source));
                continue;
            }

            findings.AddRange(release.Find(diagnosis.Code) switch
            {
                null => [new EditFinding(InvalidCode, EditSeverity.Error, diagnosis.Code, $"Not a code of {source} (in force on the date of service).", source)],
                { Billable: false } => [new EditFinding(HeaderCode, EditSeverity.Error, diagnosis.Code, "A category header, not a billable code: a more specific code is required.", source)],
                _ => [],
            });
        }

        return findings;
    }
}
