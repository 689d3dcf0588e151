using System.IO.Compression;
using System.Text;

namespace MedCoder.CodeSets.Files;

/// <summary>Opens a code-set file as text whether it is shipped plain or gzip-compressed.</summary>
public static class DataFile
{
    public static StreamReader OpenText(string path)
    {
        Stream stream = File.OpenRead(path);
        if (path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase))
        {
            stream = new GZipStream(stream, CompressionMode.Decompress);
        }

        return new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
    }

    public static Stream OpenRead(string path)
    {
        Stream stream = File.OpenRead(path);
        return path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? new GZipStream(stream, CompressionMode.Decompress) : stream;
    }

    /// <summary>Reads lines with their 1-based numbers, for parsers that report bad lines.</summary>
    public static IEnumerable<(int Number, string Text)> Lines(string path)
    {
        using var reader = OpenText(path);
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            yield return (number, line);
        }
    }
}
