using System.Formats.Tar;
using System.IO.Compression;
using System.Text;
using MedCoder.Contracts.Coding;

namespace MedCoder.Coding.Training.Evaluation;

/// <summary>
/// The CodiEsp train and dev sets read straight from the shipped tarball: English texts
/// (<c>&lt;split&gt;/text_files_en/*.txt</c>) and gold codes (<c>&lt;split&gt;/&lt;split&gt;D.tsv</c> for
/// ICD-10-CM, <c>&lt;split&gt;P.tsv</c> for ICD-10-PCS) and the gold mentions (<c>&lt;split&gt;X.tsv</c>: the
/// Spanish words each code was assigned for). Everything else in the archive is skipped.
/// </summary>
public sealed class CodiEspCorpus
{
    public const string Train = "train";
    public const string Dev = "dev";
    public static readonly IReadOnlyList<string> Splits = [Train, Dev];

    private static readonly Dictionary<char, string> SystemsBySuffix = new() { ['D'] = CodeSystems.Icd10Cm, ['P'] = CodeSystems.Icd10Pcs };

    private readonly Dictionary<(string Split, string System), IReadOnlyList<GoldCode>> _gold;

    private readonly Dictionary<string, IReadOnlyList<GoldMention>> _mentions;

    private CodiEspCorpus(IReadOnlyList<CodiEspDocument> documents, Dictionary<(string Split, string System), IReadOnlyList<GoldCode>> gold, Dictionary<string, IReadOnlyList<GoldMention>> mentions)
    {
        Documents = documents;
        _gold = gold;
        _mentions = mentions;
    }

    /// <summary>Where the build puts the shipped tarball (data/codiesp of MedCoder.Coding.Training, copied next to the binaries of whatever references it).</summary>
    public static string DefaultPath => Path.Combine(AppContext.BaseDirectory, "codiesp", "codiesp-train-dev.tar.gz");

    /// <summary>Every document of both splits, ordered by split then id (ordinal).</summary>
    public IReadOnlyList<CodiEspDocument> Documents { get; }

    public IReadOnlyList<CodiEspDocument> DocumentsOf(string split) => Documents.Where(d => d.Split == split).ToList();

    /// <summary>The gold codes of a split for ICD-10-CM or ICD-10-PCS, in file order; empty for another system.</summary>
    public IReadOnlyList<GoldCode> Gold(string split, string system) => _gold.GetValueOrDefault((split, system)) ?? [];

    /// <summary>The gold mentions of a split (Spanish words and offsets), in file order.</summary>
    public IReadOnlyList<GoldMention> Mentions(string split) => _mentions.GetValueOrDefault(split) ?? [];

    public static CodiEspCorpus Load(string tarGzPath)
    {
        var documents = new List<CodiEspDocument>();
        var gold = new Dictionary<(string, string), IReadOnlyList<GoldCode>>();
        var mentions = new Dictionary<string, IReadOnlyList<GoldMention>>(StringComparer.Ordinal);
        using var gzip = new GZipStream(File.OpenRead(tarGzPath), CompressionMode.Decompress);
        using var tar = new TarReader(gzip);
        while (tar.GetNextEntry() is { } entry)
        {
            if (entry.EntryType is not (TarEntryType.RegularFile or TarEntryType.V7RegularFile) || entry.DataStream is null)
            {
                continue;
            }

            var parts = entry.Name.Replace('\\', '/').Split('/', StringSplitOptions.RemoveEmptyEntries).Where(p => p != ".").ToArray();
            if (parts.Length < 2 || !Splits.Contains(parts[0]))
            {
                continue;
            }

            var split = parts[0];
            if (parts is [_, "text_files_en", var fileName] && fileName.EndsWith(".txt", StringComparison.OrdinalIgnoreCase))
            {
                using var text = OpenText(entry.DataStream);
                documents.Add(new CodiEspDocument(Path.GetFileNameWithoutExtension(fileName), split, text.ReadToEnd()));
            }
            else if (parts.Length == 2 && GoldSystem(split, parts[1]) is { } system)
            {
                using var text = OpenText(entry.DataStream);
                gold[(split, system)] = GoldTsv.Parse(text, $"{Path.GetFileName(tarGzPath)}/{entry.Name}");
            }
            else if (parts.Length == 2 && parts[1] == split + "X.tsv")
            {
                using var text = OpenText(entry.DataStream);
                mentions[split] = GoldMentionTsv.Parse(text, $"{Path.GetFileName(tarGzPath)}/{entry.Name}");
            }
        }

        var ordered = documents.OrderBy(d => d.Split == Train ? 0 : 1).ThenBy(d => d.Id, StringComparer.Ordinal).ToList();
        return new CodiEspCorpus(ordered, gold, mentions);
    }

    /// <summary>trainD.tsv → ICD-10-CM, devP.tsv → ICD-10-PCS; null for X files and anything else.</summary>
    private static string? GoldSystem(string split, string fileName) =>
        fileName.Length == split.Length + 5 && fileName.StartsWith(split, StringComparison.Ordinal) && fileName.EndsWith(".tsv", StringComparison.Ordinal)
            ? SystemsBySuffix.GetValueOrDefault(fileName[split.Length])
            : null;

    private static StreamReader OpenText(Stream data) => new(data, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, leaveOpen: true);
}
