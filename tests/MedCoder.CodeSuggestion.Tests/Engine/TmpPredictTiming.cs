using MedCoder.CodeSuggestion.Engine.Learning;
using Xunit.Abstractions;
namespace MedCoder.CodeSuggestion.Tests.Engine;
public sealed class TmpPredictTiming(ITestOutputHelper output)
{
    [Fact]
    public void Time()
    {
        var lex = LearnedLexicon.Embedded();
        var model = lex.Rankers[MedCoder.Contracts.Coding.CodeSystems.Icd10Cm];
        var rng = new Random(1);
        var xs = Enumerable.Range(0, 10000).Select(_ => Enumerable.Range(0, CandidateFeatures.Count).Select(_ => rng.NextDouble()).ToArray()).ToArray();
        double s = 0;
        for (var r = 0; r < 3; r++) foreach (var x in xs) s += model.Predict(x);
        var sw = System.Diagnostics.Stopwatch.StartNew();
        for (var r = 0; r < 20; r++) foreach (var x in xs) s += model.Predict(x);
        output.WriteLine($"{sw.Elapsed.TotalMicroseconds / 200000.0:F3} us per predict, trees {model.TreeCount} ({s})");
    }
}
