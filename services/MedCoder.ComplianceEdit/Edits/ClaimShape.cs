using System.Globalization;
using MedCoder.CodeSets.Library;
using MedCoder.Contracts.Encounters;

namespace MedCoder.ComplianceEdit.Edits;

/// <summary>What several families ask of a claim: its form (professional or institutional) and a table's source label.</summary>
public static class ClaimShape
{
    /// <summary>Office visits bill on the professional claim (837P), every other setting on the institutional one (837I).</summary>
    public static bool IsProfessional(Encounter encounter) => encounter.Setting == CareSetting.Office;

    /// <summary>Outpatient and emergency visits bill on the facility's outpatient claim (NCCI's outpatient-hospital tables).</summary>
    public static bool IsFacilityOutpatient(Encounter encounter) => encounter.Setting is CareSetting.Outpatient or CareSetting.Emergency;

    /// <summary>"NCCI PTP practitioner 2024-07-01": a table's label and the first day of the release used; null when none is loaded.</summary>
    public static string? SourceOf(EditContext context, SourceKind kind, string label) =>
        context.CodeSets.Choice(kind) is { } choice ? string.Create(CultureInfo.InvariantCulture, $"{label} {choice.Period.From:yyyy-MM-dd}") : null;
}
