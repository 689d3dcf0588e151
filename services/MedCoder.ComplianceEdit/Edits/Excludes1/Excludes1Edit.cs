using MedCoder.CodeSets.Icd10Cm;
using MedCoder.Contracts.Coding;
using MedCoder.Contracts.Compliance;

namespace MedCoder.ComplianceEdit.Edits.Excludes1;

/// <summary>
/// Excludes1 ("NOT CODED HERE"): two diagnoses on one claim where the Tabular List note of one (its own or a
/// category's above it) excludes the other. A warning, not an error: the guidelines allow both when the conditions
/// are unrelated, which only the record can tell, so a coder confirms or overrides with that reason. A note that
/// itself names an exception ("..., except malposition (N86-N88)") is left to the coder and not reported.
/// </summary>
public sealed class Excludes1Edit : ICodingEdit
{
    public const string ExcludedTogether = "EXCL1-PAIR";

    public string Family => "EXCL1";

    public string RuleSource => "ICD-10-CM tabular";

    public string SourceVersion(EditContext context) => $"{context.CodeSets.Icd10Cm.Release.Codes.Version} tabular";

    public IEnumerable<EditFinding> Run(EditContext context)
    {
        if (context.CodeSets.Icd10Cm.Release.Notes is not { } notes)
        {
            yield break;
        }

        var diagnoses = context.CodesOf(CodeSystems.Icd10Cm).Select(d => d.Code).Distinct(StringComparer.Ordinal).ToList();
        var source = SourceVersion(context);
        for (var i = 0; i < diagnoses.Count; i++)
        {
            foreach (var note in NoteReferences.Of(notes, diagnoses[i], NoteKind.Excludes1))
            {
                if (note.Text.Contains("except", StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                for (var j = 0; j < diagnoses.Count; j++)
                {
                    var other = Icd10CmFormat.WithoutDot(diagnoses[j]);
                    if (j != i && !other.StartsWith(note.DeclaredAt, StringComparison.Ordinal) && note.Ranges.Any(r => r.Contains(other)))
                    {
                        yield return new EditFinding(ExcludedTogether, EditSeverity.Warning, diagnoses[i],
                            $"{diagnoses[i]} and {diagnoses[j]} are not coded together: the Excludes1 note at {Icd10CmFormat.WithDot(note.DeclaredAt)} excludes \"{note.Text}\" (both stand only when the conditions are unrelated).",
                            source, [diagnoses[i], diagnoses[j]]);
                    }
                }
            }
        }
    }
}
