using MedCoder.CodeSets.Versioning;
using MedCoder.Contracts.Coding;
using MedCoder.Contracts.Compliance;

namespace MedCoder.ComplianceEdit.Edits.CodeSetVersion;

/// <summary>
/// Warns when the ICD-10-CM release the edits check against is not the one a payer would expect: none is loaded
/// for the date of service, the coding named a release that is not loaded here, or it named one that is not in
/// force on the date. Warnings only: the other families still check against the snapshot's release.
/// </summary>
public sealed class CodeSetVersionEdit : ICodingEdit
{
    public const string NotInForce = "CODESET-NOT-IN-FORCE";
    public const string NamedVersionNotLoaded = "CODESET-VERSION-NOT-LOADED";

    public string Family => "CODESET";

    public string RuleSource => CodeSystems.Icd10Cm;

    public string SourceVersion(EditContext context) => context.CodeSets.Icd10Cm.Release.Codes.Version;

    public IEnumerable<EditFinding> Run(EditContext context)
    {
        var snapshot = context.CodeSets;
        var source = SourceVersion(context);
        if (snapshot.PinNotLoaded)
        {
            yield return Warning(NamedVersionNotLoaded, $"{snapshot.PinnedIcd10CmVersion}, named by the coding, is not loaded here; checked against {source}, the release for the date of service.", source);
        }

        switch (snapshot.Icd10Cm.Status)
        {
            case VersionStatus.InForce:
                break;
            case VersionStatus.Pinned:
                yield return Warning(NotInForce, $"{source}, named by the coding, is not the release in force on the date of service; checked against it.", source);
                break;
            default:
                yield return Warning(NotInForce, $"No ICD-10-CM release loaded for the date of service; checked against {source}.", source);
                break;
        }
    }

    private static EditFinding Warning(string editId, string explanation, string source) => new(editId, EditSeverity.Warning, string.Empty, explanation, source);
}
