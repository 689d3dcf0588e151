using MedCoder.CodeSets.Library;
using MedCoder.CodeSuggestion.Engine;
using MedCoder.CodeSuggestion.Engine.Learning;

namespace MedCoder.CodeSuggestion;

/// <summary>
/// The coding engine for callers outside the service host (the <c>medcoder code</c> command, evaluation):
/// they depend on <see cref="IEncounterCoder"/> only, so replacing the engine is a change to this line.
/// </summary>
public static class EngineFactory
{
    /// <param name="lexiconPath">A lexicon written by <c>medcoder codiesp train</c>; null for the embedded one.</param>
    public static IEncounterCoder CreateEncounterCoder(ICodeSets codeSets, CodingPurpose purpose = CodingPurpose.Claim, string? lexiconPath = null)
    {
        if (lexiconPath is null)
        {
            return new ClinicalCoder(codeSets, purpose);
        }

        using var reader = File.OpenText(lexiconPath);
        return new ClinicalCoder(codeSets, LearnedLexicon.Read(reader), purpose);
    }
}
