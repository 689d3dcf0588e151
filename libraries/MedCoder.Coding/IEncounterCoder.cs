using MedCoder.Contracts.Coding;
using MedCoder.Contracts.Encounters;

namespace MedCoder.Coding;

/// <summary>Codes, queries for the physician, and the code-set version used.</summary>
public sealed record CodingResult(IReadOnlyList<SuggestedCode> Codes, string CodeSetVersion)
{
    /// <summary>Documentation gaps (CDI): the question for the physician and the evidence that raised it.</summary>
    public IReadOnlyList<PhysicianQuery> Queries { get; init; } = [];

    /// <summary>Auto-release or coder worklist (see <see cref="Routing.ReleaseRouter"/>).</summary>
    public CodingRoute Route { get; init; } = new(false, 1, [CodingRoute.NoCodes]);
}

/// <summary>
/// The coding engine's contract: an encounter in, codes with evidence out. Plain domain code: no
/// MassTransit, HTTP or database types; deterministic (same input, same output).
/// </summary>
public interface IEncounterCoder
{
    CodingResult Code(Encounter encounter);
}
