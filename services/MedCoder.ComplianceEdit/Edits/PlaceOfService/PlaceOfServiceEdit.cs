using MedCoder.CodeSets.Edits;
using MedCoder.CodeSets.Library;
using MedCoder.Coding.Lines;
using MedCoder.Contracts.Compliance;

namespace MedCoder.ComplianceEdit.Edits.PlaceOfService;

/// <summary>
/// The claim's place of service (from the care setting, as the claim renders it) is a CMS POS code and fits the
/// claim: a professional office claim at a non-facility place, an institutional claim at a facility.
/// </summary>
public sealed class PlaceOfServiceEdit : ICodingEdit
{
    public const string Unknown = "POS-INVALID";
    public const string WrongSetting = "POS-SETTING";

    public string Family => "POS";

    public string RuleSource => "CMS place of service";

    public string SourceVersion(EditContext context) => context.CodeSets.Choice(SourceKind.PlaceOfService)?.Version ?? "POS (not loaded)";

    public IEnumerable<EditFinding> Run(EditContext context)
    {
        if (context.CodeSets.Table<PlaceOfServiceCodes>(SourceKind.PlaceOfService) is not { } codes)
        {
            yield break;
        }

        var pos = PlaceOfServiceCode.For(context.Encounter.Setting);
        var source = SourceVersion(context);
        var professional = ClaimShape.IsProfessional(context.Encounter);
        if (codes.Find(pos) is not { } place)
        {
            yield return new EditFinding(Unknown, EditSeverity.Error, pos, $"Place of service {pos} is not a CMS place-of-service code.", source, [pos]);
        }
        else if (place.IsFacility == professional)
        {
            yield return new EditFinding(WrongSetting, EditSeverity.Warning, pos,
                $"Place of service {pos} ({place.Name}) is a {(place.IsFacility ? "facility" : "non-facility")} place, unusual for a{(professional ? " professional" : "n institutional")} claim.", source, [pos]);
        }
    }
}
