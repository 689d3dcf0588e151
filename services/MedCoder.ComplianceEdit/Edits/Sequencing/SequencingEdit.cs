using MedCoder.CodeSets.Icd10Cm;
using MedCoder.Contracts.Coding;
using MedCoder.Contracts.Compliance;

namespace MedCoder.ComplianceEdit.Edits.Sequencing;

/// <summary>
/// "Code first" and "Use additional code" sequencing from the Tabular List notes: a code whose note says to code
/// another first must follow that code when both are on the claim; the additional code a note asks for follows the
/// code that asks. When the named code is absent the note is passed on as information, since the notes say "if
/// applicable" and only the record can tell.
/// </summary>
public sealed class SequencingEdit : ICodingEdit
{
    public const string CodeFirstOrder = "SEQ-CODE-FIRST";
    public const string CodeFirstAbsent = "SEQ-CODE-FIRST-ABSENT";
    public const string AdditionalOrder = "SEQ-USE-ADDITIONAL";

    public string Family => "SEQ";

    public string RuleSource => "ICD-10-CM tabular";

    public string SourceVersion(EditContext context) => $"{context.CodeSets.Icd10Cm.Release.Codes.Version} tabular";

    public IEnumerable<EditFinding> Run(EditContext context)
    {
        if (context.CodeSets.Icd10Cm.Release.Notes is not { } notes)
        {
            yield break;
        }

        var diagnoses = context.CodesOf(CodeSystems.Icd10Cm).Select(d => d.Code).Distinct(StringComparer.Ordinal).ToList();
        var bare = diagnoses.Select(Icd10CmFormat.WithoutDot).ToList();
        var source = SourceVersion(context);
        for (var i = 0; i < diagnoses.Count; i++)
        {
            var codeFirst = NoteReferences.Of(notes, diagnoses[i], NoteKind.CodeFirst);
            var anyNamed = false;
            foreach (var note in codeFirst)
            {
                var named = bare.FindIndex(other => other != bare[i] && note.Ranges.Any(r => r.Contains(other)));
                anyNamed |= named >= 0;
                if (named > i)
                {
                    yield return new EditFinding(CodeFirstOrder, EditSeverity.Warning, diagnoses[i],
                        $"{diagnoses[named]} is listed after {diagnoses[i]}, whose note says to code it first (\"{note.Text}\").", source, [diagnoses[i], diagnoses[named]]);
                }
            }

            if (codeFirst.Count > 0 && !anyNamed)
            {
                var examples = string.Join("; ", codeFirst.Take(3).Select(n => n.Text));
                yield return new EditFinding(CodeFirstAbsent, EditSeverity.Info, diagnoses[i],
                    $"{diagnoses[i]} asks to code first the condition its note names ({examples}{(codeFirst.Count > 3 ? "; ..." : string.Empty)}); none is on the claim.", source, [diagnoses[i]]);
            }

            foreach (var note in NoteReferences.Of(notes, diagnoses[i], NoteKind.UseAdditionalCode))
            {
                var named = bare.FindIndex(other => other != bare[i] && note.Ranges.Any(r => r.Contains(other)));
                if (named >= 0 && named < i)
                {
                    yield return new EditFinding(AdditionalOrder, EditSeverity.Warning, diagnoses[i],
                        $"{diagnoses[named]} is the additional code {diagnoses[i]} asks for (\"{note.Text}\") and follows it, not precedes it.", source, [diagnoses[i], diagnoses[named]]);
                }
            }
        }
    }
}
