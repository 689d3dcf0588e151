using MedCoder.CodeSets.Edits;
using MedCoder.CodeSets.Library;
using MedCoder.Contracts.Coding;
using MedCoder.Contracts.Compliance;
using MedCoder.Contracts.Encounters;

namespace MedCoder.ComplianceEdit.Edits.Mce;

/// <summary>
/// Medicare Code Editor diagnosis edits from the MCE lists in force: age conflicts against the patient's age on the
/// date of service, a maternity diagnosis on a male patient, a manifestation code or an unacceptable principal
/// diagnosis listed first, and (inpatient) the POA indicator every non-exempt diagnosis needs.
/// </summary>
public sealed class MceEdit : ICodingEdit
{
    public const string AgeConflict = "MCE-AGE";
    public const string SexConflict = "MCE-SEX";
    public const string ManifestationPrincipal = "MCE-MANIFESTATION-PRINCIPAL";
    public const string UnacceptablePrincipal = "MCE-UNACCEPTABLE-PRINCIPAL";
    public const string PoaMissing = "MCE-POA-MISSING";

    private static readonly string[] PoaValues = ["Y", "N", "U", "W", "1"];

    public string Family => "MCE";

    public string RuleSource => "MCE";

    public string SourceVersion(EditContext context) => context.CodeSets.Choice(SourceKind.MceEdits)?.Version ?? "MCE (not loaded)";

    public IEnumerable<EditFinding> Run(EditContext context)
    {
        var diagnoses = context.CodesOf(CodeSystems.Icd10Cm).ToList();
        if (diagnoses.Count == 0)
        {
            yield break;
        }

        var source = SourceVersion(context);
        if (context.CodeSets.Table<MceEdits>(SourceKind.MceEdits) is { } mce)
        {
            var patient = context.Encounter.Patient;
            var age = patient.AgeOn(context.Encounter.ServiceStart);
            foreach (var diagnosis in diagnoses)
            {
                foreach (var conflict in mce.AgeConflicts(diagnosis.Code, age))
                {
                    yield return new EditFinding(AgeConflict, EditSeverity.Warning, diagnosis.Code,
                        $"A {ListName(conflict.List)} diagnosis (ages {conflict.Range.MinAge}-{conflict.Range.MaxAge}) for a patient aged {age} on the date of service.", source, [diagnosis.Code]);
                }

                if (patient.Sex == AdministrativeSex.Male && (mce.ListsOf(diagnosis.Code) & MceEditLists.Maternity) != 0)
                {
                    yield return new EditFinding(SexConflict, EditSeverity.Warning, diagnosis.Code,
                        "A maternity diagnosis for a patient recorded as male: check the patient's sex or the code (the MCE sex edit itself is inactive since 2024-10-01).", source, [diagnosis.Code]);
                }
            }

            var principal = diagnoses[0];
            var lists = mce.ListsOf(principal.Code);
            if ((lists & MceEditLists.ManifestationNotPrincipal) != 0)
            {
                yield return new EditFinding(ManifestationPrincipal, EditSeverity.Error, principal.Code,
                    "A manifestation code cannot be the principal diagnosis: list the underlying condition first.", source, [principal.Code]);
            }

            if ((lists & MceEditLists.UnacceptablePrincipal) != 0 || ((lists & MceEditLists.UnacceptablePrincipalUnlessSecondary) != 0 && diagnoses.Count == 1))
            {
                yield return new EditFinding(UnacceptablePrincipal, context.Encounter.Setting == CareSetting.Inpatient ? EditSeverity.Error : EditSeverity.Warning, principal.Code,
                    "Not acceptable as the principal (first-listed) diagnosis: list the reason for the encounter first.", source, [principal.Code]);
            }
        }

        if (context.Encounter.Setting == CareSetting.Inpatient && context.CodeSets.Icd10Cm.Release.PoaExempt is { } exempt)
        {
            var missing = diagnoses
                .Where(d => !exempt.IsExempt(d.Code) && !PoaValues.Contains(d.PresentOnAdmission?.Trim().ToUpperInvariant(), StringComparer.Ordinal))
                .Select(d => d.Code)
                .Distinct(StringComparer.Ordinal)
                .ToList();
            if (missing.Count > 0)
            {
                yield return new EditFinding(PoaMissing, EditSeverity.Warning, missing[0],
                    $"An inpatient claim needs a present-on-admission indicator (Y, N, U, W or 1) on {missing.Count} diagnosis code(s) not on the POA-exempt list.",
                    context.CodeSets.Icd10Cm.Release.Codes.Version + " POA exempt list", missing);
            }
        }
    }

    private static string ListName(MceEditLists list) => list switch
    {
        MceEditLists.Newborn => "newborn",
        MceEditLists.Pediatric => "pediatric",
        MceEditLists.Maternity => "maternity",
        _ => "adult",
    };
}
