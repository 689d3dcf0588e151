using MedCoder.CodeSets.Edits.Ptp;
using MedCoder.CodeSets.Library;
using MedCoder.Contracts.Coding;
using MedCoder.Contracts.Compliance;
using MedCoder.Contracts.Encounters;

namespace MedCoder.ComplianceEdit.Edits.Ptp;

/// <summary>
/// NCCI procedure-to-procedure edits on every pair of the claim's lines (one date of service per encounter): the
/// practitioner table for professional claims, the outpatient-hospital table for facility outpatient and emergency
/// claims; inpatient claims have none. Modifier indicator 0: the column 2 code is never paid with column 1 (error).
/// 1: paid only when an NCCI-associated modifier marks a distinct service (error without one; with one, info so the
/// coder confirms the record supports it). 9 and deleted edits (on or after their deletion date) are not applied.
/// </summary>
public sealed class NcciPtpEdit : ICodingEdit
{
    public const string NotAllowed = "NCCI-PTP-NOT-ALLOWED";
    public const string ModifierRequired = "NCCI-PTP-MODIFIER-REQUIRED";
    public const string Bypassed = "NCCI-PTP-BYPASSED";

    public string Family => "NCCI-PTP";

    public string RuleSource => "NCCI PTP";

    public string SourceVersion(EditContext context) => Table(context.Encounter) is var (kind, label) ? ClaimShape.SourceOf(context, kind, label) ?? $"{label} (not loaded)" : "NCCI PTP (not applied to inpatient claims)";

    public IEnumerable<EditFinding> Run(EditContext context)
    {
        if (Table(context.Encounter) is not var (kind, _) || context.CodeSets.Table<PtpEditTable>(kind) is not { } table || context.Lines.Count < 2)
        {
            yield break;
        }

        var dos = context.Encounter.ServiceStart;
        var source = SourceVersion(context);
        var lines = context.Lines;
        for (var i = 0; i < lines.Count; i++)
        {
            for (var j = 0; j < lines.Count; j++)
            {
                if (i == j || string.Equals(lines[i].Code, lines[j].Code, StringComparison.OrdinalIgnoreCase) || table.Find(lines[i].Code, lines[j].Code, dos) is not { } edit)
                {
                    continue;
                }

                var (column1, column2) = (lines[i], lines[j]);
                var pair = $"{column2.Code} (line {column2.Number}) is a component of {column1.Code} (line {column1.Number}) on the same date of service";
                if (edit.ModifierIndicator == PtpModifierIndicator.NotAllowed)
                {
                    yield return Finding(NotAllowed, EditSeverity.Error, $"{pair} and is never paid with it, whatever the modifier ({edit.Rationale}).", column1, column2, source);
                }
                else if (NcciModifiers.Bypass(column1, column2) is { } modifier)
                {
                    yield return Finding(Bypassed, EditSeverity.Info, $"{pair}; modifier {modifier} bypasses the edit only when the record documents a distinct service ({edit.Rationale}).", column1, column2, source);
                }
                else
                {
                    yield return Finding(ModifierRequired, EditSeverity.Error, $"{pair} and is paid with it only with an NCCI-associated modifier (59, XE, XS, XP, XU or an anatomical one) for a distinct service ({edit.Rationale}).", column1, column2, source);
                }
            }
        }
    }

    private static (SourceKind Kind, string Label)? Table(Encounter encounter) =>
        ClaimShape.IsProfessional(encounter) ? (SourceKind.NcciPtpPractitioner, "NCCI PTP practitioner")
        : ClaimShape.IsFacilityOutpatient(encounter) ? (SourceKind.NcciPtpOutpatient, "NCCI PTP outpatient hospital")
        : null;

    private static EditFinding Finding(string editId, EditSeverity severity, string explanation, ServiceLine column1, ServiceLine column2, string source) =>
        new(editId, severity, column2.Code, explanation, source, [column1.Code, column2.Code], [column1.Number, column2.Number]);
}
