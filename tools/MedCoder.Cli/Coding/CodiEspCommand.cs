using System.CommandLine;
using System.Text;
using MedCoder.Cli.CodeSets;
using MedCoder.CodeSets.Library;
using MedCoder.Coding.Training;
using MedCoder.Coding.Training.Evaluation;
using MedCoder.Contracts.Coding;

namespace MedCoder.Cli.Coding;

/// <summary>medcoder codiesp export: a split of the shipped CodiEsp corpus as files that <c>code</c> and <c>eval</c> read.</summary>
public static class CodiEspCommand
{
    public static Command Create()
    {
        var command = new Command("codiesp", "The shipped CodiEsp evaluation corpus (CC BY 4.0; 500 train and 250 dev case reports in English)");
        command.Subcommands.Add(Export());
        command.Subcommands.Add(Train());
        return command;
    }

    private static Command Train()
    {
        var output = new Option<string>("--out") { Description = "Where to write the lexicon (the format of libraries/MedCoder.Coding/Learning/codiesp-lexicon.tsv)", Required = true };
        var corpus = new Option<string?>("--corpus") { Description = "The corpus tarball (default: the shipped one)" };
        var command = new Command("train", "Learn the lexicon, ranking model and calibration from the train split only (use it with 'code --lexicon')") { output, corpus };
        command.SetAction(parse =>
        {
            var corpusPath = parse.GetValue(corpus) ?? CodiEspCorpus.DefaultPath;
            if (!File.Exists(corpusPath))
            {
                parse.InvocationConfiguration.Error.WriteLine($"error: {corpusPath}: corpus not found");
                return CodingExitCodes.InvalidInput;
            }

            var clock = System.Diagnostics.Stopwatch.StartNew();
            var codiEsp = CodiEspCorpus.Load(corpusPath);
            var documents = TrainingDocument.From(codiEsp, CodiEspCorpus.Train);
            var lexicon = LexiconTrainer.Train(documents, CliCodeSets.Load());
            var path = parse.GetValue(output)!;
            using (var writer = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)))
            {
                lexicon.Write(writer);
            }

            parse.InvocationConfiguration.Output.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"{documents.Count} train documents ({documents.Sum(d => d.Mentions.Count)} of {codiEsp.Mentions(CodiEspCorpus.Train).Count} gold mentions found in the English text) → {lexicon.Entries.Count} n-gram entries, {lexicon.Rankers.Count} ranking models; held-out F1 on train {string.Join(", ", lexicon.HeldOutF1.Select(h => $"{h.Key} {h.Value:0.###} (threshold {lexicon.ThresholdFor(h.Key):0.###})"))} in {clock.Elapsed.TotalSeconds:F1} s: {path}"));
            return CodingExitCodes.Ok;
        });
        return command;
    }

    private static Command Export()
    {
        var split = new Option<string>("--split") { Description = "dev | train", Required = true };
        var output = new Option<string>("--out") { Description = "Folder: texts go to DIR/text/<id>.txt, gold codes to DIR/D.tsv (ICD-10-CM) and DIR/P.tsv (ICD-10-PCS), gold mentions found in the English text to DIR/mentions.tsv", Required = true };
        var corpus = new Option<string?>("--corpus") { Description = "The corpus tarball (default: the shipped one)" };
        var command = new Command("export", "Write a split's texts and gold codes") { split, output, corpus };
        command.SetAction(parse =>
        {
            var error = parse.InvocationConfiguration.Error;
            var splitName = parse.GetValue(split)!.ToLowerInvariant();
            if (!CodiEspCorpus.Splits.Contains(splitName))
            {
                error.WriteLine($"error: --split must be one of {string.Join(", ", CodiEspCorpus.Splits)}");
                return CodingExitCodes.InvalidInput;
            }

            var corpusPath = parse.GetValue(corpus) ?? CodiEspCorpus.DefaultPath;
            if (!File.Exists(corpusPath))
            {
                error.WriteLine($"error: {corpusPath}: corpus not found");
                return CodingExitCodes.InvalidInput;
            }

            var folder = parse.GetValue(output)!;
            var written = Write(CodiEspCorpus.Load(corpusPath), splitName, folder);
            parse.InvocationConfiguration.Output.WriteLine(
                $"{written.Documents} {splitName} documents in {Path.Combine(folder, "text")}; {written.Diagnoses} ICD-10-CM codes in {Path.Combine(folder, "D.tsv")}; {written.Procedures} ICD-10-PCS codes in {Path.Combine(folder, "P.tsv")}; {written.Mentions} gold mentions found in the English text in {Path.Combine(folder, "mentions.tsv")}");
            return CodingExitCodes.Ok;
        });
        return command;
    }

    private static (int Documents, int Diagnoses, int Procedures, int Mentions) Write(CodiEspCorpus corpus, string split, string folder)
    {
        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        var texts = Directory.CreateDirectory(Path.Combine(folder, "text"));
        var documents = corpus.DocumentsOf(split);
        foreach (var document in documents)
        {
            // Written unchanged, so the offsets of medcoder code's spans are offsets into the corpus text.
            File.WriteAllText(Path.Combine(texts.FullName, document.Id + ".txt"), document.Text, utf8);
        }

        var diagnoses = corpus.Gold(split, CodeSystems.Icd10Cm);
        var procedures = corpus.Gold(split, CodeSystems.Icd10Pcs);
        WriteGold(Path.Combine(folder, "D.tsv"), diagnoses, utf8);
        WriteGold(Path.Combine(folder, "P.tsv"), procedures, utf8);
        return (documents.Count, diagnoses.Count, procedures.Count, WriteMentions(Path.Combine(folder, "mentions.tsv"), TrainingDocument.From(corpus, split), utf8));
    }

    /// <summary>document, system, code, the English words the aligner found for the code's Spanish gold mention: to review the aligner, or errors.</summary>
    private static int WriteMentions(string path, IReadOnlyList<TrainingDocument> documents, Encoding encoding)
    {
        using var writer = new StreamWriter(path, append: false, encoding);
        var count = 0;
        foreach (var document in documents)
        {
            foreach (var mention in document.Mentions)
            {
                writer.Write($"{document.Id}\t{mention.System}\t{mention.Code}\t{mention.Phrase.ReplaceLineEndings(" ").Replace('\t', ' ')}\n");
                count++;
            }
        }

        return count;
    }

    private static void WriteGold(string path, IReadOnlyList<GoldCode> codes, Encoding encoding)
    {
        using var writer = new StreamWriter(path, append: false, encoding);
        GoldTsv.Write(writer, codes);
    }
}
