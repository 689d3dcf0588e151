using MedCoder.Contracts.Coding;
using MedCoder.Contracts.Compliance;

namespace MedCoder.ComplianceEdit.Edits.Claim;

/// <summary>
/// The claim's shape as ClaimAssembly renders it: lines point at the first diagnoses (at most four pointers), so a
/// line needs a diagnosis to point to; the form carries 12 diagnoses (837P, professional) or 25 (837I,
/// institutional); each line bills positive units and a positive charge, and on a one-day encounter no line repeats another.
/// </summary>
public sealed class ClaimShapeEdit : ICodingEdit
{
    public const string NoPointer = "CLAIM-NO-POINTER";
    public const string TooManyDiagnoses = "CLAIM-TOO-MANY-DX";
    public const string DuplicateLine = "CLAIM-DUPLICATE-LINE";
    public const string Units = "CLAIM-UNITS";
    public const string Charge = "CLAIM-CHARGE";

    public const int ProfessionalDiagnoses = 12;
    public const int InstitutionalDiagnoses = 25;

    public string Family => "CLAIM";

    public string RuleSource => "X12 837 claim";

    public string SourceVersion(EditContext context) => ClaimShape.IsProfessional(context.Encounter) ? "X12 837P 005010" : "X12 837I 005010";

    public IEnumerable<EditFinding> Run(EditContext context)
    {
        var source = SourceVersion(context);
        var diagnoses = context.CodesOf(CodeSystems.Icd10Cm).Select(d => d.Code).Distinct(StringComparer.Ordinal).ToList();
        var limit = ClaimShape.IsProfessional(context.Encounter) ? ProfessionalDiagnoses : InstitutionalDiagnoses;
        if (diagnoses.Count > limit)
        {
            yield return new EditFinding(TooManyDiagnoses, EditSeverity.Warning, diagnoses[limit],
                $"The claim carries {limit} diagnoses and {diagnoses.Count} are coded: {diagnoses.Count - limit} will not be billed.", source, diagnoses[limit..]);
        }

        if (diagnoses.Count == 0 && context.Lines.Count > 0)
        {
            yield return new EditFinding(NoPointer, EditSeverity.Error, context.Lines[0].Code, "The claim's lines have no diagnosis to point to.", source, [.. context.Lines.Select(l => l.Code)], [.. context.Lines.Select(l => l.Number)]);
        }

        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var line in context.Lines)
        {
            if (line.Units < 1)
            {
                yield return new EditFinding(Units, EditSeverity.Error, line.Code, $"Line {line.Number} bills {line.Units} units; a line bills at least one.", source, [line.Code], [line.Number]);
            }

            if (line.Amount <= 0)
            {
                yield return new EditFinding(Charge, EditSeverity.Error, line.Code, $"Line {line.Number} has no positive charge.", source, [line.Code], [line.Number]);
            }

            // Lines carry no date of their own: on a stay of several days, a code repeats for each day (daily visits).
            if (context.Encounter.ServiceEnd != context.Encounter.ServiceStart)
            {
                continue;
            }

            var key = LineCodes.Normalize(line.Code) + "|" + string.Join(",", line.Modifiers.Select(LineCodes.Normalize).Order(StringComparer.Ordinal));
            if (seen.TryGetValue(key, out var first))
            {
                yield return new EditFinding(DuplicateLine, EditSeverity.Warning, line.Code,
                    $"Line {line.Number} repeats line {first} ({line.Code}, same modifiers): bill the units on one line, or mark a repeat service with a modifier (76, 77, 91).", source, [line.Code], [first, line.Number]);
            }
            else
            {
                seen[key] = line.Number;
            }
        }
    }
}
