using System.IO.Compression;

namespace MedCoder.CodeSets;

/// <summary>Reads a CMS ICD-10-CM order file (fixed width; plain or .gz).</summary>
public static class OrderFileReader
{
    public static IReadOnlyList<Icd10CmCode> Read(string path)
    {
        using var file = File.OpenRead(path);
        using Stream input = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? new GZipStream(file, CompressionMode.Decompress) : file;
        using var reader = new StreamReader(input);
        var codes = new List<Icd10CmCode>(100_000);
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0)
            {
                continue;
            }

            codes.Add(ParseLine(line, path, lineNumber));
        }

        return codes;
    }

    internal static Icd10CmCode ParseLine(string line, string path, int lineNumber)
    {
        if (line.Length < 78 || (line[14] != '0' && line[14] != '1'))
        {
            throw new Files.CodeSetFormatException(path, lineNumber, "not an ICD-10-CM order-file record (code in columns 7-13, billable flag 0|1 in column 15)");
        }

        return new Icd10CmCode(
            line.Substring(6, 7).Trim(),
            line[14] == '1',
            line.Substring(16, 60).Trim(),
            line[77..].Trim());
    }
}
