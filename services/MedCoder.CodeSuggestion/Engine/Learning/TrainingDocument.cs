using System.Formats.Tar;
using System.IO.Compression;

namespace MedCoder.CodeSuggestion.Engine.Learning;

/// <summary>A training text with its gold document-level codes (lower case, ICD-10-CM with dot, PCS without).</summary>
public sealed record TrainingDocument(string Id, string Text, IReadOnlyList<string> DiagnosisCodes, IReadOnlyList<string> ProcedureCodes);

/// <summary>Reads one split ("train" or "dev") of the CodiEsp archive (English texts, D and P gold files).</summary>
public static class CodiEspArchive
{
    public static List<TrainingDocument> Read(string tarGzPath, string split)
    {
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        var diagnoses = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var procedures = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        using var file = File.OpenRead(tarGzPath);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var tar = new TarReader(gzip);
        while (tar.GetNextEntry() is { } entry)
        {
            var name = entry.Name.Replace('\\', '/');
            if (entry.DataStream is null || !name.Contains($"{split}/", StringComparison.Ordinal))
            {
                continue;
            }

            using var reader = new StreamReader(entry.DataStream);
            var content = reader.ReadToEnd();
            if (name.Contains("/text_files_en/", StringComparison.Ordinal) && name.EndsWith(".txt", StringComparison.Ordinal))
            {
                texts[Path.GetFileNameWithoutExtension(name)] = content;
            }
            else if (name.EndsWith($"{split}D.tsv", StringComparison.Ordinal))
            {
                ReadGold(content, diagnoses);
            }
            else if (name.EndsWith($"{split}P.tsv", StringComparison.Ordinal))
            {
                ReadGold(content, procedures);
            }
        }

        return texts.OrderBy(t => t.Key, StringComparer.Ordinal)
            .Select(t => new TrainingDocument(t.Key, t.Value, diagnoses.GetValueOrDefault(t.Key) ?? [], procedures.GetValueOrDefault(t.Key) ?? []))
            .ToList();
    }

    private static void ReadGold(string content, Dictionary<string, List<string>> into)
    {
        foreach (var line in content.Split('\n'))
        {
            var fields = line.Trim().Split('\t');
            if (fields.Length >= 2)
            {
                if (!into.TryGetValue(fields[0], out var codes))
                {
                    into[fields[0]] = codes = [];
                }

                var code = fields[1].Trim().ToLowerInvariant();
                if (!codes.Contains(code))
                {
                    codes.Add(code);
                }
            }
        }
    }
}
