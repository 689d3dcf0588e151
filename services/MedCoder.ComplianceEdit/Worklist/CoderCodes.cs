using MedCoder.CodeSets.Hcpcs;
using MedCoder.CodeSets.Icd10Cm;
using MedCoder.CodeSets.Library;
using MedCoder.Contracts.Coding;
using MedCoder.Contracts.Encounters;

namespace MedCoder.ComplianceEdit.Worklist;

/// <summary>
/// A code a coder adds or changes to, checked against the release in force on the date of service (the one the edits
/// use): ICD-10-CM billable in the release, HCPCS Level II valid on the date. The answer names the code when it is not.
/// </summary>
public sealed class CoderCodes(ICodeSets codeSets)
{
    public const string Rule = "coder";

    public static readonly IReadOnlyList<string> Systems = [CodeSystems.Icd10Cm, CodeSystems.Hcpcs];

    /// <returns>The code as a suggestion line, or the problem (naming the code) when it cannot be used.</returns>
    public (SuggestedCode? Code, string? Problem) Resolve(string? system, string? code, Encounter encounter, string? codeSetVersion)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return (null, "a code is required");
        }

        var normalized = code.Trim().ToUpperInvariant();
        var snapshot = codeSets.For(encounter.ServiceEnd, codeSetVersion);
        switch (system)
        {
            case CodeSystems.Icd10Cm:
                var diagnosis = snapshot.Icd10Cm.Release.Codes.Find(normalized);
                return diagnosis is { Billable: true }
                    ? (new SuggestedCode(CodeSystems.Icd10Cm, diagnosis.Code, diagnosis.LongDescription, 1.0, [], Rule), null)
                    : (null, $"{normalized} is not a billable ICD-10-CM code in {snapshot.Icd10Cm.Version} (date of service {encounter.ServiceEnd:yyyy-MM-dd})");
            case CodeSystems.Hcpcs:
                var hcpcs = snapshot.Table<HcpcsRelease>(SourceKind.Hcpcs)?.Find(normalized);
                return hcpcs is not null && hcpcs.IsValidOn(encounter.ServiceStart)
                    ? (new SuggestedCode(CodeSystems.Hcpcs, hcpcs.Code, hcpcs.LongDescription, 1.0, [], Rule), null)
                    : (null, $"{normalized} is not a HCPCS Level II code valid on {encounter.ServiceStart:yyyy-MM-dd}");
            default:
                return (null, $"system must be one of {string.Join(", ", Systems)}");
        }
    }

    /// <summary>Codes compare without the ICD-10-CM dot and case.</summary>
    public static bool Same(SuggestedCode code, string system, string value) =>
        code.System == system && string.Equals(Icd10CmFormat.WithoutDot(code.Code.Trim()), Icd10CmFormat.WithoutDot(value.Trim()), StringComparison.OrdinalIgnoreCase);
}
