using MedCoder.Coding.Learning;
using MedCoder.Coding.Training;
using MedCoder.Coding.Training.Evaluation;

namespace MedCoder.Coding.Tests.Training;

/// <summary>
/// Rebuilds the embedded lexicon from CodiEsp train (see libraries/MedCoder.Coding/Learning/README.md). Runs when the
/// archive is found: MEDCODER_CODIESP_TAR, or the shipped one next to the tests (CodiEspCorpus.DefaultPath);
/// MEDCODER_LEXICON_OUT writes the result there.
/// </summary>
public sealed class LexiconRebuildTests
{
    [SkippableFact]
    [Trait("Category", "Evaluation")]
    public void Embedded_lexicon_is_what_train_produces()
    {
        var archive = Environment.GetEnvironmentVariable("MEDCODER_CODIESP_TAR") is { Length: > 0 } configured
            ? configured
            : CodiEspCorpus.DefaultPath;
        Skip.IfNot(File.Exists(archive), "CodiEsp archive not found");

        var lexicon = LexiconTrainer.Train(TrainingDocument.From(CodiEspCorpus.Load(archive), CodiEspCorpus.Train), SharedCoder.CodeSets.Value);
        using var rebuilt = new StringWriter();
        lexicon.Write(rebuilt);

        if (Environment.GetEnvironmentVariable("MEDCODER_LEXICON_OUT") is { Length: > 0 } output)
        {
            File.WriteAllText(output, rebuilt.ToString());
            return;
        }

        using var stream = typeof(LearnedLexicon).Assembly.GetManifestResourceStream(LearnedLexicon.ResourceName)!;
        using var reader = new StreamReader(stream);
        Assert.Equal(reader.ReadToEnd(), rebuilt.ToString());
    }
}
