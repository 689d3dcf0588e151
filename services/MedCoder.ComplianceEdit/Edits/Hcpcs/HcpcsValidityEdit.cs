using MedCoder.CodeSets.Hcpcs;
using MedCoder.CodeSets.Library;
using MedCoder.Contracts.Compliance;
using MedCoder.Contracts.Coding;

namespace MedCoder.ComplianceEdit.Edits.Hcpcs;

/// <summary>
/// HCPCS Level II validity on the claim's lines: the code exists in the HCPCS release for the date of service and is
/// not terminated (or not yet added) on that date. When the newest loaded release is older than the date, a code it
/// lacks may be newer, so that case is a warning.
/// </summary>
public sealed class HcpcsValidityEdit : ICodingEdit
{
    public const string Unknown = "HCPCS-INVALID";
    public const string NotValidOnDate = "HCPCS-NOT-ON-DATE";

    public string Family => "HCPCS";

    public string RuleSource => CodeSystems.Hcpcs;

    public string SourceVersion(EditContext context) => ClaimShape.SourceOf(context, SourceKind.Hcpcs, "HCPCS") ?? "HCPCS (not loaded)";

    public IEnumerable<EditFinding> Run(EditContext context)
    {
        if (context.CodeSets.Choice(SourceKind.Hcpcs) is not { Release.Table: HcpcsRelease hcpcs } choice)
        {
            yield break;
        }

        var dos = context.Encounter.ServiceStart;
        var source = SourceVersion(context);
        foreach (var line in context.Lines.Where(l => LineCodes.IsHcpcsLevel2(l.Code)))
        {
            switch (hcpcs.Find(line.Code))
            {
                case null:
                    yield return new EditFinding(Unknown, choice.InForce ? EditSeverity.Error : EditSeverity.Warning, line.Code,
                        choice.InForce
                            ? $"{line.Code} on line {line.Number} is not a HCPCS Level II code."
                            : $"{line.Code} on line {line.Number} is not in {source}, the newest HCPCS release loaded (older than the date of service): check it is a newer code.",
                        source, [line.Code], [line.Number]);
                    break;
                case { } code when !code.IsValidOn(dos):
                    yield return new EditFinding(NotValidOnDate, EditSeverity.Error, line.Code,
                        code.TerminationDate is { } ended && ended < dos
                            ? $"{line.Code} on line {line.Number} was terminated on {ended:yyyy-MM-dd}, before the date of service."
                            : $"{line.Code} on line {line.Number} is not yet valid on the date of service (added {code.AddDate:yyyy-MM-dd}).",
                        source, [line.Code], [line.Number]);
                    break;
            }
        }
    }
}
