using MedCoder.CodeSets.Edits;
using MedCoder.CodeSets.Library;
using MedCoder.Contracts.Compliance;
using MedCoder.Contracts.Encounters;

namespace MedCoder.ComplianceEdit.Edits.Mue;

/// <summary>
/// Medically Unlikely Edits on the claim's lines, by the code's adjudication indicator (MAI): 1 limits each line
/// (more units go on another line with a modifier), 2 and 3 limit the units of all lines of the code on the date of
/// service. MAI 1 and 2 are errors (the units above the value are denied; MAI 2 is absolute policy); MAI 3 is a
/// warning, since a clinical limit may be paid on appeal with documentation. Only the practitioner table is loaded:
/// it is applied to professional claims, and to facility outpatient claims as a warning. Inpatient claims have no MUE.
/// </summary>
public sealed class MueEdit : ICodingEdit
{
    public const string LineUnits = "MUE-LINE";
    public const string DateOfServiceUnits = "MUE-DOS";

    public string Family => "MUE";

    public string RuleSource => "NCCI MUE practitioner";

    public string SourceVersion(EditContext context) => ClaimShape.SourceOf(context, SourceKind.Mue, "MUE practitioner") ?? "MUE (not loaded)";

    public IEnumerable<EditFinding> Run(EditContext context)
    {
        if (context.Encounter.Setting == CareSetting.Inpatient || context.CodeSets.Table<MueTable>(SourceKind.Mue) is not { } mue)
        {
            yield break;
        }

        var source = SourceVersion(context);
        var professional = ClaimShape.IsProfessional(context.Encounter);
        foreach (var group in context.Lines.GroupBy(l => l.Code.Trim().ToUpperInvariant()))
        {
            if (mue.Find(group.Key) is not { } entry)
            {
                continue;
            }

            if (entry.Indicator == MueAdjudicationIndicator.LineEdit)
            {
                foreach (var line in group.Where(l => l.Units > entry.Units))
                {
                    yield return Finding(LineUnits, entry, professional, line.Units, [line.Number], $"Line {line.Number} bills {line.Units} units of {entry.Code}; the MUE is {entry.Units} per line", source);
                }

                continue;
            }

            var total = group.Sum(l => l.Units);
            if (total > entry.Units)
            {
                var lines = group.Select(l => l.Number).ToList();
                var where = lines.Count == 1 ? $"Line {lines[0]} bills" : $"Lines {string.Join(", ", lines)} bill";
                yield return Finding(DateOfServiceUnits, entry, professional, total, lines, $"{where} {total} units of {entry.Code} on the date of service; the MUE is {entry.Units} per day", source);
            }
        }
    }

    private static EditFinding Finding(string editId, MueEntry entry, bool professional, int units, IReadOnlyList<int> lines, string what, string source)
    {
        var severity = entry.Indicator == MueAdjudicationIndicator.DateOfServiceClinical || !professional ? EditSeverity.Warning : EditSeverity.Error;
        var rule = entry.Indicator switch
        {
            MueAdjudicationIndicator.LineEdit => "units above it are denied on the line; more may be billed on another line with an appropriate modifier",
            MueAdjudicationIndicator.DateOfServicePolicy => "an absolute per-day limit set by policy: units above it are denied and not paid on appeal",
            _ => "a clinical per-day limit: units above it are denied unless the record supports them on appeal",
        };
        var table = professional ? string.Empty : " (practitioner values; the outpatient-hospital MUE table is not loaded)";
        return new EditFinding(editId, severity, entry.Code, $"{what} (MAI {entry.IndicatorText}: {rule}){table}.", source, [entry.Code], lines);
    }
}
