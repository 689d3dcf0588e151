using System.Formats.Tar;
using System.IO.Compression;
using System.Text;
using MedCoder.Coding.Training;
using MedCoder.Coding.Training.Evaluation;
using MedCoder.Contracts.Coding;

namespace MedCoder.Coding.Tests.Training.Evaluation;

public sealed class CodiEspCorpusTests
{
    private static readonly Lazy<CodiEspCorpus> Shipped = new(() => CodiEspCorpus.Load(CodiEspCorpus.DefaultPath));

    [Fact]
    public void The_shipped_corpus_has_500_train_and_250_dev_documents()
    {
        var corpus = Shipped.Value;

        Assert.Equal(500, corpus.DocumentsOf(CodiEspCorpus.Train).Count);
        Assert.Equal(250, corpus.DocumentsOf(CodiEspCorpus.Dev).Count);
        Assert.Equal(750, corpus.Documents.Select(d => d.Id).Distinct().Count());
        Assert.All(corpus.Documents, d => Assert.False(d.Id.EndsWith(".txt", StringComparison.Ordinal), d.Id));
        Assert.All(corpus.Documents, d => Assert.NotEmpty(d.Text));
    }

    [Fact]
    public void Gold_codes_are_read_per_split_and_system()
    {
        var corpus = Shipped.Value;
        var devDiagnoses = corpus.Gold(CodiEspCorpus.Dev, CodeSystems.Icd10Cm);
        var devProcedures = corpus.Gold(CodiEspCorpus.Dev, CodeSystems.Icd10Pcs);

        // Line counts of dev/devD.tsv and dev/devP.tsv.
        Assert.Equal(2677, devDiagnoses.Count);
        Assert.Equal(817, devProcedures.Count);
        Assert.Contains(new GoldCode("S0004-06142005000900016-1", "q62.11"), devDiagnoses);
        Assert.Contains(new GoldCode("S0004-06142005000900016-1", "bt41zzz"), devProcedures);
        Assert.All(devProcedures, p => Assert.DoesNotContain('.', p.Code));
        var devIds = corpus.DocumentsOf(CodiEspCorpus.Dev).Select(d => d.Id).ToHashSet();
        Assert.All(devDiagnoses, g => Assert.Contains(g.Document, devIds));
        Assert.NotEmpty(corpus.Gold(CodiEspCorpus.Train, CodeSystems.Icd10Cm));
        Assert.Empty(corpus.Gold(CodiEspCorpus.Dev, CodeSystems.Hcpcs));
    }

    [Fact]
    public void Texts_are_the_english_case_reports_read_as_utf8()
    {
        var document = Shipped.Value.Documents.Single(d => d.Id == "S0004-06142005000900016-1");

        Assert.Equal(CodiEspCorpus.Dev, document.Split);
        Assert.StartsWith("A 29-year-old woman", document.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Reads_entries_with_a_dot_prefix_and_the_mentions_and_names_the_line_of_a_bad_row()
    {
        var path = Path.Combine(Path.GetTempPath(), $"codiesp-{Guid.NewGuid():N}.tar.gz");
        try
        {
            WriteTarGz(path, ("./dev/text_files_en/case-1.txt", "Fièvre: fever.\n"), ("dev/devX.tsv", "case-1\tDIAGNOSTICO\tR50.9\tfiebre\t0 6\ncase-1\tPROCEDIMIENTO\tbw03zzz\tRx tórax\t20 28;30 33\n"), ("dev/devD.tsv", "case-1\tr50.9\n"));
            var corpus = CodiEspCorpus.Load(path);
            Assert.Equal(new CodiEspDocument("case-1", CodiEspCorpus.Dev, "Fièvre: fever.\n"), Assert.Single(corpus.Documents));
            Assert.Equal([new GoldCode("case-1", "r50.9")], corpus.Gold(CodiEspCorpus.Dev, CodeSystems.Icd10Cm));
            Assert.Equal(
                [new GoldMention("case-1", CodeSystems.Icd10Cm, "r50.9", "fiebre", 0), new GoldMention("case-1", CodeSystems.Icd10Pcs, "bw03zzz", "Rx tórax", 20)],
                corpus.Mentions(CodiEspCorpus.Dev));

            WriteTarGz(path, ("dev/devX.tsv", "case-1\tDIAGNOSIS\tr50.9\tfiebre\t0 6\n"));
            var badMention = Assert.Throws<InvalidDataException>(() => CodiEspCorpus.Load(path));
            Assert.Contains("dev/devX.tsv:1", badMention.Message, StringComparison.Ordinal);

            WriteTarGz(path, ("dev/devD.tsv", "case-1\tr50.9\ncase-1 r51\n"));
            var error = Assert.Throws<InvalidDataException>(() => CodiEspCorpus.Load(path));
            Assert.Contains("dev/devD.tsv:2", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_mention_the_aligner_cannot_read_is_found_as_its_code_was_written_elsewhere()
    {
        var path = Path.Combine(Path.GetTempPath(), $"codiesp-{Guid.NewGuid():N}.tar.gz");
        try
        {
            WriteTarGz(
                path,
                ("train/text_files_en/a.txt", "She had hypokalemia on admission.\n"),
                ("train/text_files_en/b.txt", "Labs showed hypokalemia and anemia.\n"),
                ("train/trainD.tsv", "a\te87.6\nb\te87.6\n"),
                ("train/trainX.tsv", "a\tDIAGNOSTICO\te87.6\thipokalemia\t10 21\nb\tDIAGNOSTICO\te87.6\thipopotasemia\t12 25\n"));

            var documents = TrainingDocument.From(CodiEspCorpus.Load(path), CodiEspCorpus.Train);

            Assert.Null(MentionAligner.Align("hipopotasemia", 12, "Labs showed hypokalemia and anemia.\n"));

            Assert.Equal([new AlignedMention(CodeSystems.Icd10Cm, "e87.6", "hypokalemia")], documents[0].Mentions);
            Assert.Equal([new AlignedMention(CodeSystems.Icd10Cm, "e87.6", "hypokalemia")], documents[1].Mentions);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static void WriteTarGz(string path, params (string Name, string Text)[] entries)
    {
        using var gzip = new GZipStream(File.Create(path), CompressionLevel.Fastest);
        using var tar = new TarWriter(gzip, TarEntryFormat.Pax);
        foreach (var (name, text) in entries)
        {
            tar.WriteEntry(new PaxTarEntry(TarEntryType.RegularFile, name) { DataStream = new MemoryStream(Encoding.UTF8.GetBytes(text)) });
        }
    }
}
