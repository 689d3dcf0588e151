using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using MedCoder.Cli.CodeSets;
using MedCoder.CodeSets.Library;
using MedCoder.Coding;
using MedCoder.Coding.Routing;
using MedCoder.Contracts.Encounters;

namespace MedCoder.Cli.Coding;

/// <summary>medcoder code: plain-text notes in, tab-separated codes out (the input of <c>medcoder eval</c>).</summary>
public static class CodeCommand
{
    private static readonly string[] Settings = ["inpatient", "outpatient", "emergency", "office"];

    public static Command Create()
    {
        var path = new Argument<string[]>("file-or-folder") { Description = "Note files, or folders whose *.txt files are coded (one encounter each)", Arity = ArgumentArity.OneOrMore };
        var setting = new Option<string>("--setting") { Description = $"Care setting: {string.Join(" | ", Settings)}", DefaultValueFactory = _ => "outpatient" };
        var dos = new Option<string?>("--dos") { Description = "Date of service yyyy-MM-dd, which picks the code-set release (default: today)" };
        var output = new Option<string?>("--out") { Description = "Write the rows to this file instead of stdout" };
        var purpose = new Option<CodingPurpose>("--purpose")
        {
            Description = "claim: codes for the claim by the Official Guidelines (default) | index: every condition and procedure the text mentions, as CodiEsp annotates",
            DefaultValueFactory = _ => CodingPurpose.Claim,
        };
        var lexicon = new Option<string?>("--lexicon") { Description = "A lexicon written by 'medcoder codiesp train' (default: the embedded one)" };
        var minConfidence = new Option<double?>("--min-confidence") { Description = "Emit codes from this confidence up (default: the threshold learned with the lexicon, half the best held-out F1 on train)" };
        var autoRelease = new Option<double>("--auto-release")
        {
            Description = "Route a note to auto-release when every code reaches this confidence and no query is open; otherwise to the coder worklist",
            DefaultValueFactory = _ => ReleaseRouter.DefaultMinConfidence,
        };
        var routing = new Option<string?>("--routing") { Description = "Write each document's route here: document, auto-release|coder-review, reasons (for 'eval --routing')" };
        var command = new Command("code", "Code plain-text notes: rows document, system, code, confidence, spans (tab-separated, highest confidence first)")
        {
            path, setting, dos, output, purpose, lexicon, minConfidence, autoRelease, routing,
        };
        command.SetAction(parse =>
        {
            var error = parse.InvocationConfiguration.Error;
            var settingName = parse.GetValue(setting)!;
            if (!Settings.Contains(settingName.ToLowerInvariant()))
            {
                error.WriteLine($"error: --setting must be one of {string.Join(", ", Settings)}");
                return CodingExitCodes.InvalidInput;
            }

            var date = DateOnly.FromDateTime(DateTime.Today);
            if (parse.GetValue(dos) is { } text && !DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
            {
                error.WriteLine("error: --dos must be yyyy-MM-dd");
                return CodingExitCodes.InvalidInput;
            }

            IReadOnlyList<string> files;
            try
            {
                files = NoteFileCoder.FindNotes(parse.GetValue(path)!);
            }
            catch (FileNotFoundException e)
            {
                error.WriteLine($"error: {e.Message}");
                return CodingExitCodes.InvalidInput;
            }

            if (parse.GetValue(lexicon) is { } lexiconPath && !File.Exists(lexiconPath))
            {
                error.WriteLine($"error: {lexiconPath}: lexicon not found");
                return CodingExitCodes.InvalidInput;
            }

            var careSetting = Enum.Parse<CareSetting>(settingName, ignoreCase: true);
            if (parse.GetValue(minConfidence) is < 0 or > 1)
            {
                error.WriteLine("error: --min-confidence must be between 0 and 1");
                return CodingExitCodes.InvalidInput;
            }

            var options = new EngineOptions(parse.GetValue(purpose), parse.GetValue(lexicon), parse.GetValue(minConfidence), parse.GetValue(autoRelease));
            var coded = Run(EngineFactory.CreateEncounterCoder(CliCodeSets.Load(), options), files, careSetting, date, parse.GetValue(output), parse.InvocationConfiguration.Output, error);
            RoutingReport.Write(coded, options.AutoReleaseConfidence, parse.GetValue(routing), error);
            return CodingExitCodes.Ok;
        });
        return command;
    }

    private static IReadOnlyList<CodedNote> Run(IEncounterCoder engine, IReadOnlyList<string> files, CareSetting setting, DateOnly dateOfService, string? outputPath, TextWriter stdout, TextWriter stderr)
    {
        var clock = Stopwatch.StartNew();
        var coder = new NoteFileCoder(engine, setting, dateOfService);
        coder.WarmUp();
        var ready = clock.Elapsed;

        // The files are read before the clock starts: notes/s measures coding, not the disk.
        var notes = NoteFileCoder.Read(files);
        // Progress goes to stderr so that stdout carries nothing but the rows.
        clock.Restart();
        var coded = CodingProgress.Run(stderr, "Coding notes", notes.Count, onCoded => coder.CodeAll(notes, onCoded));
        var coding = clock.Elapsed;

        WriteRows(coded, outputPath, stdout);
        stderr.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{coded.Count} documents, {coded.Sum(c => c.Codes.Count)} codes; coding took {coding.TotalSeconds:F2} s ({coded.Count / Math.Max(coding.TotalSeconds, 1e-3):F0} notes/s on {Environment.ProcessorCount} cores, files read beforehand); engine ready in {ready.TotalSeconds:F1} s"));
        return coded;
    }

    private static void WriteRows(IReadOnlyList<CodedNote> coded, string? outputPath, TextWriter stdout)
    {
        if (outputPath is null)
        {
            Write(stdout);
            stdout.Flush();
            return;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(outputPath))!);
        using var file = new StreamWriter(outputPath, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        Write(file);

        void Write(TextWriter writer)
        {
            foreach (var note in coded)
            {
                foreach (var code in note.Codes)
                {
                    writer.Write(PredictionTsv.Row(note.Document, code) + "\n");
                }
            }
        }
    }
}
