using MedCoder.CodeSets.Library;
using MedCoder.CodeSuggestion.Engine;
using MedCoder.CodeSuggestion.Engine.Learning;
using MedCoder.CodeSuggestion.Engine.Routing;

namespace MedCoder.CodeSuggestion;

/// <param name="Purpose">Claim coding (default) or clinical indexing.</param>
/// <param name="LexiconPath">A lexicon written by <c>medcoder codiesp train</c>; null for the embedded one.</param>
/// <param name="MinConfidence">Emit threshold; null for the one learned with the lexicon (best held-out F1).</param>
/// <param name="AutoReleaseConfidence">Every code at or above it (and no open query) releases the encounter without a coder.</param>
public sealed record EngineOptions(CodingPurpose Purpose = CodingPurpose.Claim, string? LexiconPath = null, double? MinConfidence = null, double AutoReleaseConfidence = ReleaseRouter.DefaultMinConfidence);

/// <summary>
/// The coding engine for callers outside the service host (the <c>medcoder code</c> command, evaluation):
/// they depend on <see cref="IEncounterCoder"/> only, so replacing the engine is a change to this line.
/// </summary>
public static class EngineFactory
{
    public static IEncounterCoder CreateEncounterCoder(ICodeSets codeSets, EngineOptions? options = null)
    {
        options ??= new EngineOptions();
        var lexicon = LearnedLexicon.Embedded();
        if (options.LexiconPath is { } path)
        {
            using var reader = File.OpenText(path);
            lexicon = LearnedLexicon.Read(reader);
        }

        return new ClinicalCoder(codeSets, lexicon, options.Purpose)
        {
            MinConfidence = options.MinConfidence,
            AutoReleaseConfidence = options.AutoReleaseConfidence,
        };
    }
}
