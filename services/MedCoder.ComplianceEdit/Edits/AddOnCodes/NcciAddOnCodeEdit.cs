using MedCoder.CodeSets.Edits;
using MedCoder.CodeSets.Library;
using MedCoder.Contracts.Compliance;

namespace MedCoder.ComplianceEdit.Edits.AddOnCodes;

/// <summary>
/// NCCI add-on code edits on the claim's lines: an add-on code is paid only with an eligible primary procedure on
/// the same claim. Type 1 lists its primaries (none billed: error); type 3 lists some and lets the contractor accept
/// others (none listed billed: warning); type 2 lists none (the contractor decides: an add-on with no other line is a
/// warning, otherwise nothing to check).
/// </summary>
public sealed class NcciAddOnCodeEdit : ICodingEdit
{
    public const string NoPrimary = "NCCI-AOC-NO-PRIMARY";

    public string Family => "NCCI-AOC";

    public string RuleSource => "NCCI AOC";

    public string SourceVersion(EditContext context) => ClaimShape.SourceOf(context, SourceKind.AddOnCodeEdits, "NCCI AOC") ?? "NCCI AOC (not loaded)";

    public IEnumerable<EditFinding> Run(EditContext context)
    {
        if (context.CodeSets.Table<AddOnCodeEdits>(SourceKind.AddOnCodeEdits) is not { } aoc)
        {
            yield break;
        }

        var dos = context.Encounter.ServiceStart;
        var source = SourceVersion(context);
        var billed = context.Lines.Select(l => l.Code.Trim().ToUpperInvariant()).ToHashSet(StringComparer.Ordinal);
        foreach (var line in context.Lines)
        {
            var pairs = aoc.PrimariesFor(line.Code).Where(p => p.IsActiveOn(dos)).ToList();
            if (pairs.Count == 0)
            {
                continue;
            }

            var type = pairs.Min(p => p.EditType);
            var listed = pairs.Where(p => !p.IsContractorDefinedPrimary).ToList();
            if (listed.Exists(p => billed.Contains(p.PrimaryCode)))
            {
                continue;
            }

            var others = context.Lines.Count(l => l.Number != line.Number);
            (EditSeverity Severity, string Why)? problem = type switch
            {
                AddOnEditType.Type1 => (EditSeverity.Error, $"none of its {listed.Count} eligible primary codes is billed"),
                AddOnEditType.Type3 => (EditSeverity.Warning, $"none of the {listed.Count} primary codes CMS lists is billed (the contractor may accept another)"),
                _ => others == 0 ? (EditSeverity.Warning, "no other procedure is billed (its primaries are the contractor's to define)") : null,
            };
            if (problem is not var (severity, why))
            {
                continue;
            }

            var examples = string.Join(", ", listed.Select(p => p.PrimaryCode).Take(5));
            yield return new EditFinding(NoPrimary, severity, line.Code,
                $"Add-on code {line.Code} on line {line.Number} (AOC type {(int)type}) is paid only with its primary procedure, and {why}{(examples.Length > 0 ? $", e.g. {examples}" : string.Empty)}.",
                source, [line.Code], [line.Number]);
        }
    }
}
