using System.CommandLine;
using System.Text;
using MedCoder.Cli.CodeSets;
using MedCoder.Cli.Coding;
using MedCoder.Coding;
using MedCoder.Coding.Training.Dictated;
using MedCoder.Coding.Training.Evaluation;
using MedCoder.Contracts.Coding;

namespace MedCoder.Cli.Dictated;

/// <summary>
/// medcoder dictated eval: the engine on the dictated-note sets as the service runs it (claim purpose, each note's own
/// setting, date of service, age and sex), scored against the coders' gold.
/// </summary>
public static class DictatedCommand
{
    private const string All = "all";

    public static Command Create()
    {
        var command = new Command("dictated", "The dictated-note sets: US-style clinical notes with the codes coders assigned (libraries/MedCoder.Coding.Training/data/dictated)");
        command.Subcommands.Add(Eval());
        return command;
    }

    private static Command Eval()
    {
        var split = new Option<string>("--split") { Description = $"{DictatedNoteSet.Tune} | {DictatedNoteSet.Holdout} | {All}", DefaultValueFactory = _ => All };
        var set = new Option<string>("--set") { Description = $"a set-* folder's name without 'set-' (a, b, c…) or {All}", DefaultValueFactory = _ => All };
        var output = new Option<string?>("--out") { Description = "Also write predictions.tsv, routing.tsv, gold-icd10cm.tsv and gold-icd10pcs.tsv here (the files 'medcoder eval' reads) first-listed.tsv (gold and engine first-listed diagnosis per note) and rules.tsv (the rule behind each code)" };
        var data = new Option<string?>("--data") { Description = "The folder holding the set-* folders (default: the shipped sets)" };
        var command = new Command("eval", "Code the notes (claim purpose) and print exact and category precision and recall, first-listed diagnosis, the reliability table, codes at confidence ≥ 0.9, ICD-10-PCS outside inpatient, auto-release")
        {
            split, set, output, data,
        };
        command.SetAction(parse =>
        {
            var error = parse.InvocationConfiguration.Error;
            var splitName = parse.GetValue(split)!;
            if (splitName != All && !DictatedNoteSet.Splits.Contains(splitName))
            {
                error.WriteLine($"error: --split must be one of {DictatedNoteSet.Tune}, {DictatedNoteSet.Holdout}, {All}");
                return CodingExitCodes.InvalidInput;
            }

            var setName = parse.GetValue(set)!;
            IReadOnlyList<DictatedNote> notes;
            try
            {
                notes = [.. DictatedNoteSet.Load(parse.GetValue(data) ?? DictatedNoteSet.DefaultPath)
                    .Where(n => (setName == All || n.Set == setName) && (splitName == All || n.Split == splitName))];
            }
            catch (Exception e) when (e is InvalidDataException or DirectoryNotFoundException)
            {
                error.WriteLine($"error: {e.Message}");
                return CodingExitCodes.InvalidInput;
            }

            if (notes.Count == 0)
            {
                error.WriteLine($"error: no notes in set '{setName}', split '{splitName}'");
                return CodingExitCodes.InvalidInput;
            }

            var options = new EngineOptions(CodingPurpose.Claim);
            var coded = DictatedCoding.CodeAll(EngineFactory.CreateEncounterCoder(CliCodeSets.Load(), options), notes);
            var stdout = parse.InvocationConfiguration.Output;
            DictatedReport.Write(stdout, $"set {setName}, split {splitName}", coded, DictatedScores.Of(coded));
            var folder = parse.GetValue(output);
            if (folder is not null)
            {
                WriteFiles(folder, coded);
            }

            stdout.Write("\n");
            RoutingReport.Write([.. coded.Select(c => c.AsCodedNote())], options.AutoReleaseConfidence, folder is null ? null : Path.Combine(folder, "routing.tsv"), stdout);
            return CodingExitCodes.Ok;
        });
        return command;
    }

    /// <summary>The run as files: <c>medcoder eval --gold DIR/gold-icd10cm.tsv --pred DIR/predictions.tsv --routing DIR/routing.tsv</c> scores it again.</summary>
    private static void WriteFiles(string folder, IReadOnlyList<DictatedCoding> coded)
    {
        Directory.CreateDirectory(folder);
        using (var predictions = Writer(Path.Combine(folder, "predictions.tsv")))
        {
            foreach (var note in coded.Select(c => c.AsCodedNote()))
            {
                foreach (var code in note.Codes)
                {
                    predictions.Write(PredictionTsv.Row(note.Document, code) + "\n");
                }
            }
        }

        // Which rule made each code (the dictionary source, a status phrase, a guideline), for reading a run's errors.
        using (var rules = Writer(Path.Combine(folder, "rules.tsv")))
        {
            foreach (var c in coded)
            {
                foreach (var code in c.Result.Codes)
                {
                    rules.Write($"{c.Note.Id}\t{code.System}\t{code.Code}\t{code.Rule}\n");
                }
            }
        }

        // The engine's sequence, not its confidence order: what the claim lists first beside what the coder listed first.
        using (var firstListed = Writer(Path.Combine(folder, "first-listed.tsv")))
        {
            foreach (var c in coded.Where(c => c.Note.FirstListed is not null))
            {
                var engine = c.Result.Codes.FirstOrDefault(code => code.System == CodeSystems.Icd10Cm)?.Code ?? "-";
                firstListed.Write($"{c.Note.Id}\t{c.Note.FirstListed!.Code}\t{engine}\t{(engine == c.Note.FirstListed.Code ? "right" : "wrong")}\n");
            }
        }

        foreach (var (system, name) in new[] { (CodeSystems.Icd10Cm, "gold-icd10cm.tsv"), (CodeSystems.Icd10Pcs, "gold-icd10pcs.tsv") })
        {
            using var gold = Writer(Path.Combine(folder, name));
            GoldTsv.Write(gold, DictatedScores.GoldCodes(coded, system));
        }
    }

    private static StreamWriter Writer(string path) => new(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
}
