using MedCoder.CodeSets.Library;
using MedCoder.Contracts.Coding;
using MedCoder.Contracts.Encounters;

namespace MedCoder.ComplianceEdit.Edits;

/// <summary>
/// What every edit sees of one encounter: the encounter, the suggested codes, the claim's lines (charges with the
/// units the documentation supports: what line edits such as MUE and NCCI check), and the one code-set snapshot
/// chosen for it by <see cref="EditRunner"/>. Edits read their tables from <see cref="CodeSets"/> and never
/// resolve a snapshot of their own, so all of them check against the same releases.
/// </summary>
public sealed record EditContext(Encounter Encounter, IReadOnlyList<SuggestedCode> Codes, IReadOnlyList<ServiceLine> Lines, CodeSetSnapshot CodeSets)
{
    /// <summary>The suggested codes of one system (<see cref="CodeSystems"/>), in the order suggested.</summary>
    public IEnumerable<SuggestedCode> CodesOf(string system) => Codes.Where(c => c.System == system);
}
