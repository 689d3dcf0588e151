using MedCoder.CodeSets.Library;
using MedCoder.CodeSuggestion.Engine;

namespace MedCoder.CodeSuggestion;

/// <summary>
/// The coding engine for callers outside the service host (the <c>medcoder code</c> command, evaluation):
/// they depend on <see cref="IEncounterCoder"/> only, so replacing the engine is a change to this line.
/// </summary>
public static class EngineFactory
{
    public static IEncounterCoder CreateEncounterCoder(ICodeSets codeSets) => new ClinicalCoder(codeSets);
}
