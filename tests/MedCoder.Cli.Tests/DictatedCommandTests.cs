using System.CommandLine;
using MedCoder.Cli.Coding;
using MedCoder.Cli.Dictated;

namespace MedCoder.Cli.Tests;

public sealed class DictatedCommandTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("medcoder-dictated-test-");

    public void Dispose() => _folder.Delete(recursive: true);

    [Fact]
    public void Dictated_eval_scores_the_chosen_split_and_writes_files_that_eval_scores_the_same()
    {
        var set = Directory.CreateDirectory(Path.Combine(_folder.FullName, "data", "set-t", "notes"));
        File.WriteAllText(Path.Combine(set.Parent!.FullName, "notes.tsv"),
            "id\tsplit\tkind\tsetting\tdos\tage\tsex\nt001\ttune\toffice\toffice\t2026-03-02\t60\tmale\nt002\tholdout\ted\temergency\t2026-03-02\t45\tfemale\nt003\ttune\toffice\toffice\t2026-03-02\t70\tfemale\n");
        File.WriteAllText(Path.Combine(set.Parent!.FullName, "gold.tsv"),
            "id\tsystem\tcode\trank\treason\nt001\tICD-10-CM\tI10\t1\thtn\nt001\tICD-10-CM\tE11.65\t2\tdm\nt002\tICD-10-CM\tJ18.9\t1\tpneumonia\nt003\tICD-10-CM\tN18.4\t1\tckd\n");
        File.WriteAllText(Path.Combine(set.FullName, "t001.txt"), "ASSESSMENT AND PLAN:\n1. Essential (primary) hypertension, stable.\n2. Type 2 diabetes mellitus with hyperglycemia.\n");
        File.WriteAllText(Path.Combine(set.FullName, "t002.txt"), "IMPRESSION: Pneumonia, unspecified organism.\n");
        File.WriteAllText(Path.Combine(set.FullName, "t003.txt"), "ASSESSMENT: Chronic kidney disease, stage 4 (severe).\n");
        var output = Path.Combine(_folder.FullName, "out");

        var tune = Run("dictated", "eval", "--data", Path.Combine(_folder.FullName, "data"), "--split", "tune", "--out", output);

        Assert.Equal((0, ""), (tune.ExitCode, tune.Error));
        Assert.Contains("2 notes; office 2; office 2", tune.Output, StringComparison.Ordinal);
        Assert.Contains("documents        2\n", tune.Output, StringComparison.Ordinal);
        Assert.Contains("gold codes       3\n", tune.Output, StringComparison.Ordinal);
        Assert.Contains("first-listed right", tune.Output, StringComparison.Ordinal);
        Assert.Contains("ICD-10-PCS on non-inpatient notes  0", tune.Output, StringComparison.Ordinal);
        Assert.Contains("reliability: confidence", tune.Output, StringComparison.Ordinal);

        var rescored = Run("eval", "--gold", Path.Combine(output, "gold-icd10cm.tsv"), "--pred", Path.Combine(output, "predictions.tsv"), "--routing", Path.Combine(output, "routing.tsv"));
        Assert.Equal(0, rescored.ExitCode);
        Assert.Equal(Line(tune.Output, "precision "), Line(rescored.Output, "precision "));
        Assert.Equal(Line(tune.Output, "recall "), Line(rescored.Output, "recall "));
        Assert.Equal(Line(tune.Output, "auto-released "), Line(rescored.Output, "auto-released "));
    }

    [Fact]
    public void Dictated_eval_refuses_an_unknown_split_and_a_malformed_set()
    {
        var set = Directory.CreateDirectory(Path.Combine(_folder.FullName, "set-x"));
        File.WriteAllText(Path.Combine(set.FullName, "notes.tsv"), "id\tsplit\n");
        File.WriteAllText(Path.Combine(set.FullName, "gold.tsv"), "id\tsystem\tcode\trank\treason\n");

        var badSplit = Run("dictated", "eval", "--data", _folder.FullName, "--split", "dev");
        var malformed = Run("dictated", "eval", "--data", _folder.FullName);

        Assert.Equal(CodingExitCodes.InvalidInput, badSplit.ExitCode);
        Assert.Contains("--split", badSplit.Error, StringComparison.Ordinal);
        Assert.Equal(CodingExitCodes.InvalidInput, malformed.ExitCode);
        Assert.Contains("notes.tsv:1", malformed.Error, StringComparison.Ordinal);
    }

    private static string Line(string text, string start) => text.Split('\n').Single(l => l.StartsWith(start, StringComparison.Ordinal));

    private static (int ExitCode, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var root = new RootCommand { DictatedCommand.Create(), EvalCommand.Create() };
        var exitCode = root.Parse(args).Invoke(new InvocationConfiguration { Output = output, Error = error });
        return (exitCode, output.ToString(), error.ToString());
    }
}
