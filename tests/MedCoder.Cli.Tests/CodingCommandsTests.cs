using System.CommandLine;
using System.Globalization;
using System.Text.RegularExpressions;
using MedCoder.Cli.Coding;

namespace MedCoder.Cli.Tests;

public sealed partial class CodingCommandsTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("medcoder-coding-test-");

    public void Dispose() => _folder.Delete(recursive: true);

    [Fact]
    public void Code_writes_one_row_per_code_in_file_name_order_highest_confidence_first_with_spans_into_the_text()
    {
        var notes = Directory.CreateDirectory(Path.Combine(_folder.FullName, "notes"));
        var texts = new Dictionary<string, string>
        {
            ["b-note"] = "HISTORY: Seen for follow-up.\nASSESSMENT AND PLAN:\n1. Essential (primary) hypertension, stable.\n2. Type 2 diabetes mellitus with hyperglycemia.\n",
            ["a-note"] = "ASSESSMENT:\nAcute kidney failure, unspecified.\nEssential (primary) hypertension.\n",
            ["c-note"] = "Pneumonia, unspecified organism. Treated with antibiotics.\n",
        };
        foreach (var (name, text) in texts)
        {
            File.WriteAllText(Path.Combine(notes.FullName, name + ".txt"), text);
        }

        File.WriteAllText(Path.Combine(notes.FullName, "ignored.md"), "Essential (primary) hypertension.");
        var predictions = Path.Combine(_folder.FullName, "out", "pred.tsv");

        var toFile = Run("code", notes.FullName, "--dos", "2026-03-02", "--setting", "office", "--out", predictions);
        var toStdout = Run("code", notes.FullName, "--dos", "2026-03-02", "--setting", "office");

        Assert.Equal((0, ""), (toFile.ExitCode, toFile.Output));
        Assert.Contains("3 documents", toFile.Error, StringComparison.Ordinal);
        var rawFile = File.ReadAllText(predictions);
        Assert.Equal(rawFile, toStdout.Output);
        var rows = rawFile.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.All(rows, r => Assert.Matches(RowFormat(), r));

        var documents = rows.Select(r => r.Split('\t')[0]).Distinct().ToList();
        Assert.Equal(["a-note", "b-note", "c-note"], documents);
        foreach (var group in rows.Select(r => r.Split('\t')).GroupBy(f => f[0]))
        {
            var confidences = group.Select(f => double.Parse(f[3], CultureInfo.InvariantCulture)).ToList();
            Assert.Equal(confidences.OrderByDescending(c => c), confidences);
            var text = texts[group.Key];
            foreach (var span in group.SelectMany(f => f[4].Split(';', StringSplitOptions.RemoveEmptyEntries)))
            {
                var (start, end) = (int.Parse(span.Split('-')[0], CultureInfo.InvariantCulture), int.Parse(span.Split('-')[1], CultureInfo.InvariantCulture));
                Assert.InRange(start, 0, end - 1);
                Assert.InRange(end, start + 1, text.Length);
                Assert.False(string.IsNullOrWhiteSpace(text[start..end]), span);
            }
        }

        Assert.Contains(rows, r => r.StartsWith("b-note\tICD-10-CM\tI10\t", StringComparison.Ordinal));
    }

    [Fact]
    public void Code_refuses_a_missing_folder_and_a_bad_date()
    {
        var missing = Path.Combine(_folder.FullName, "missing");

        var noFolder = Run("code", missing);
        var badDate = Run("code", _folder.FullName, "--dos", "03/02/2026");

        Assert.Equal(CodingExitCodes.InvalidInput, noFolder.ExitCode);
        Assert.Contains(missing, noFolder.Error, StringComparison.Ordinal);
        Assert.Equal(CodingExitCodes.InvalidInput, badDate.ExitCode);
        Assert.Contains("--dos", badDate.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Eval_prints_the_hand_computed_scores(bool twoColumns)
    {
        var gold = Write("D.tsv", "d1\ta10.1", "d1\tb20", "d1\tc30", "d2\tx1");
        // Ranked d1: a10.1 (right), z99 (wrong), c30 (right); d2: y2 (wrong), x1 (right).
        // The HCPCS row is another system; d9 is not in the gold file: both are left out.
        var predictions = twoColumns
            ? Write("pred.tsv", "d1\tA10.1", "d1\tz99", "d1\tc30", "d2\ty2", "d2\tx1", "d9\tq1")
            : Write("pred.tsv",
                "d1\tICD-10-CM\tc30\t0.700\t5-9",
                "d1\tICD-10-CM\tA10.1\t0.900\t0-4;10-12",
                "d1\tHCPCS\tJ1100\t0.990\t",
                "d1\tICD-10-CM\tz99\t0.800\t0-4",
                "d2\tICD-10-CM\ty2\t0.600\t0-4",
                "d2\tICD-10-CM\tx1\t0.500\t0-4",
                "d9\tICD-10-CM\tq1\t0.500\t0-4");

        var result = Run("eval", "--gold", gold, "--pred", predictions);

        Assert.Equal(0, result.ExitCode);
        // TP 3 of 5 predicted, 4 gold: P = 3/5, R = 3/4, F1 = 2PR / (P + R) = 0.9 / 1.35.
        // AP(d1) = (1/1 + 2/3) / 3 = 5/9, AP(d2) = (1/2) / 1; MAP = (5/9 + 1/2) / 2 = 19/36.
        Assert.Matches(@"documents\s+2\n", result.Output);
        Assert.Matches(@"gold codes\s+4\n", result.Output);
        Assert.Matches(@"predicted codes\s+5\n", result.Output);
        Assert.Matches(@"true positives\s+3\n", result.Output);
        Assert.Matches(@"precision\s+0\.6000\n", result.Output);
        Assert.Matches(@"recall\s+0\.7500\n", result.Output);
        Assert.Matches(@"micro-F1\s+0\.6667\n", result.Output);
        Assert.Matches(@"MAP\s+0\.5278\n", result.Output);
        Assert.Contains("(1 predicted codes of documents not in the gold file were ignored)", result.Output, StringComparison.Ordinal);
        if (!twoColumns)
        {
            // Bin [0.9, 1.0] holds a10.1 (right); [0.5, 0.6) holds x1 (right); [0.7, 0.8) c30; [0.6, 0.7) y2 (wrong).
            Assert.Matches(@"\[0\.9, 1\.0\]\s+1\s+0\.9000\s+1\.0000\n", result.Output);
            Assert.Matches(@"\[0\.6, 0\.7\)\s+1\s+0\.6000\s+0\.0000\n", result.Output);
        }
    }

    [Theory]
    [InlineData("d1\tICD-10-CM\ta1\t0.900\t0-4\nd1\tICD-10-CM\tb2\n", 2)]          // three fields
    [InlineData("\nd1\tICD-10-CM\ta1\thigh\t0-4\n", 2)]                            // not a number (blank line 1 still counts)
    [InlineData("d1\ta1\nd1\ta2\nd1\t\n", 3)]                                       // empty code
    public void Eval_names_the_file_and_line_of_a_malformed_prediction(string content, int line)
    {
        var gold = Write("D.tsv", "d1\ta1");
        var predictions = Path.Combine(_folder.FullName, "bad.tsv");
        File.WriteAllText(predictions, content);

        var result = Run("eval", "--gold", gold, "--pred", predictions);

        Assert.Equal(CodingExitCodes.InvalidInput, result.ExitCode);
        Assert.Contains($"{predictions}:{line}:", result.Error, StringComparison.Ordinal);
        Assert.Equal("", result.Output);
    }

    [Fact]
    public void Eval_names_the_line_of_a_malformed_gold_file_and_refuses_a_missing_one()
    {
        var gold = Write("D.tsv", "d1\ta1", "d1 a2");
        var predictions = Write("pred.tsv", "d1\ta1");

        var malformed = Run("eval", "--gold", gold, "--pred", predictions);
        var missing = Run("eval", "--gold", gold + ".missing", "--pred", predictions);

        Assert.Equal(CodingExitCodes.InvalidInput, malformed.ExitCode);
        Assert.Contains($"{gold}:2:", malformed.Error, StringComparison.Ordinal);
        Assert.Equal(CodingExitCodes.InvalidInput, missing.ExitCode);
    }

    [Fact]
    public void Codiesp_export_writes_the_dev_texts_and_gold_files()
    {
        var result = Run("codiesp", "export", "--split", "dev", "--out", _folder.FullName);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(250, Directory.GetFiles(Path.Combine(_folder.FullName, "text"), "*.txt").Length);
        Assert.Equal(2677, File.ReadAllLines(Path.Combine(_folder.FullName, "D.tsv")).Length);
        Assert.Equal(817, File.ReadAllLines(Path.Combine(_folder.FullName, "P.tsv")).Length);
        Assert.StartsWith("A 29-year-old woman", File.ReadAllText(Path.Combine(_folder.FullName, "text", "S0004-06142005000900016-1.txt")), StringComparison.Ordinal);
        Assert.Equal(CodingExitCodes.InvalidInput, Run("codiesp", "export", "--split", "test", "--out", _folder.FullName).ExitCode);
    }

    [Fact]
    public void Code_routes_each_note_and_eval_scores_the_auto_released_ones_alone()
    {
        var notes = Directory.CreateDirectory(Path.Combine(_folder.FullName, "routed"));
        File.WriteAllText(Path.Combine(notes.FullName, "clear.txt"), "ASSESSMENT:\nEssential (primary) hypertension.\n");
        File.WriteAllText(Path.Combine(notes.FullName, "vague.txt"), "ASSESSMENT:\nHeart failure.\n");
        var predictions = Path.Combine(_folder.FullName, "routed.tsv");
        var routes = Path.Combine(_folder.FullName, "routes.tsv");

        // 0.5: the stated hypertension clears it; heart failure without type or acuity raises a query.
        var coded = Run("code", notes.FullName, "--dos", "2026-03-02", "--auto-release", "0.5", "--out", predictions, "--routing", routes);

        Assert.Equal(0, coded.ExitCode);
        Assert.Contains("1 of 2 auto-released (50.0%)", coded.Error, StringComparison.Ordinal);
        var lines = File.ReadAllLines(routes);
        Assert.Equal("clear\tauto-release\t", lines[0]);
        Assert.StartsWith("vague\tcoder-review\t", lines[1], StringComparison.Ordinal);
        Assert.Contains("open-query:heart-failure-specificity", lines[1], StringComparison.Ordinal);

        var gold = Write("routed-gold.tsv", "clear\ti10", "vague\ti50.9");
        var scored = Run("eval", "--gold", gold, "--pred", predictions, "--routing", routes);

        Assert.Equal(0, scored.ExitCode);
        Assert.Matches(@"auto-released\s+1 of 2 documents \(50\.0%\)", scored.Output);
        Assert.Contains("precision 1.0000 (1 of 1)", scored.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Code_indexes_negated_mentions_only_in_the_index_purpose()
    {
        var notes = Directory.CreateDirectory(Path.Combine(_folder.FullName, "purpose"));
        File.WriteAllText(Path.Combine(notes.FullName, "case.txt"), "Right flank pain. No history of nephrolithiasis or hematuria.\n");

        var claim = Run("code", notes.FullName, "--dos", "2026-03-02", "--setting", "inpatient");
        var index = Run("code", notes.FullName, "--dos", "2026-03-02", "--setting", "inpatient", "--purpose", "index");
        var bad = Run("code", notes.FullName, "--purpose", "billing");

        Assert.DoesNotContain("\tR31.9\t", claim.Output, StringComparison.Ordinal);
        Assert.Contains("\tR31.9\t", index.Output, StringComparison.Ordinal);
        Assert.NotEqual(0, bad.ExitCode);
    }

    [Fact]
    public void Eval_crosswalk_matches_a_successor_of_an_expired_gold_code()
    {
        var gold = Write("old-gold.tsv", "d1\tr51", "d1\tt14.90");
        var predictions = Write("new-pred.tsv", "d1\tR51.9", "d1\tT14.90XA", "d1\tR52");

        var exact = Run("eval", "--gold", gold, "--pred", predictions);
        var crosswalked = Run("eval", "--gold", gold, "--pred", predictions, "--crosswalk");

        Assert.Matches(@"true positives\s+0\n", exact.Output);
        Assert.Matches(@"true positives\s+2\n", crosswalked.Output);
        Assert.Matches(@"precision\s+0\.6667\n", crosswalked.Output);
    }

    [GeneratedRegex(@"^[^\t]+\t(ICD-10-CM|ICD-10-PCS|HCPCS|CPT)\t[0-9A-Z]+(\.[0-9A-Z]+)?\t[01]\.\d{3}\t(\d+-\d+(;\d+-\d+)*)?$")]
    private static partial Regex RowFormat();

    private string Write(string name, params string[] lines)
    {
        var path = Path.Combine(_folder.FullName, name);
        File.WriteAllText(path, string.Join('\n', lines) + "\n");
        return path;
    }

    private static (int ExitCode, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var root = new RootCommand { CodeCommand.Create(), EvalCommand.Create(), CodiEspCommand.Create() };
        var exitCode = root.Parse(args).Invoke(new InvocationConfiguration { Output = output, Error = error });
        return (exitCode, output.ToString(), error.ToString());
    }
}
