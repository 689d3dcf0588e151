using MedCoder.CodeSets.Library;
using MedCoder.Contracts.Coding;
using MedCoder.Contracts.Compliance;
using MedCoder.Contracts.Encounters;

namespace MedCoder.ComplianceEdit.Edits;

/// <summary>
/// Runs every registered edit family on an encounter. The code-set snapshot is chosen once per encounter: with
/// the ICD-10-CM version the coding named when that release is loaded here, else the release for the date of
/// service (the CODESET family says which). Findings come family by family in ordinal order of the family, each
/// family's in its own order, so one coding always gives the same list whatever order the edits were registered in.
/// </summary>
public sealed class EditRunner
{
    private readonly ICodeSets _codeSets;
    private readonly ICodingEdit[] _edits;

    public EditRunner(ICodeSets codeSets, IEnumerable<ICodingEdit> edits)
    {
        _codeSets = codeSets;
        _edits = [.. edits.OrderBy(e => e.Family, StringComparer.Ordinal)];
        if (_edits.GroupBy(e => e.Family, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            throw new InvalidOperationException($"More than one edit is registered for the family {twice.Key}: {string.Join(", ", twice.Select(e => e.GetType().Name))}");
        }
    }

    /// <summary>The registered families, in the order they run.</summary>
    public IReadOnlyList<ICodingEdit> Edits => _edits;

    /// <param name="lines">The claim's lines the coding reconciled (docs/architecture.md#claim-lines).</param>
    /// <param name="codeSetVersion">The ICD-10-CM version the codes were chosen against (CodesSuggested.CodeSetVersion); null from older producers.</param>
    public IReadOnlyList<EditFinding> Run(Encounter encounter, IReadOnlyList<SuggestedCode> codes, IReadOnlyList<ServiceLine> lines, string? codeSetVersion) =>
        Run(new EditContext(encounter, codes, lines, _codeSets.For(encounter.ServiceEnd, codeSetVersion)));

    public IReadOnlyList<EditFinding> Run(EditContext context)
    {
        var findings = new List<EditFinding>();
        foreach (var edit in _edits)
        {
            foreach (var finding in edit.Run(context))
            {
                // Edit ids are what downstream services and reports group by: a family owns its prefix.
                if (!finding.EditId.StartsWith(edit.Family + "-", StringComparison.Ordinal))
                {
                    throw new InvalidOperationException($"The {edit.Family} edit family reported {finding.EditId}, an id outside its family");
                }

                findings.Add(finding);
            }
        }

        return findings;
    }
}
