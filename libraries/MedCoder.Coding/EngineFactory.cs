using MedCoder.CodeSets.Library;
using MedCoder.Coding.Learning;

namespace MedCoder.Coding;

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
