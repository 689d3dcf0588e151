using System.Text;
using System.Text.Json;
using MedCoder.CodeSets.Files;

namespace MedCoder.CodeSets.Tests.Support;

/// <summary>Shared plumbing for code-set table tests: shipped data paths, cache round trips and malformed-file checks.</summary>
internal static class CodeSetTestData
{
    /// <summary>A file under the shipped data folder (data/** is copied to the test output as codesets-data/**).</summary>
    public static string PathOf(params string[] parts) => Path.Combine([AppContext.BaseDirectory, "codesets-data", .. parts]);

    /// <summary>
    /// Writes a table to the binary cache and reads it back. Asserts the reader consumes exactly what was written
    /// and that writing the restored table gives the same bytes, so nothing written is lost on the way back.
    /// </summary>
    public static T RoundTrip<T>(T table, Func<BinaryReader, T> read)
        where T : ICacheable
    {
        var written = Bytes(table);
        using var stream = new MemoryStream(written);
        using var reader = new BinaryReader(stream, Encoding.UTF8);
        var restored = read(reader);

        Assert.Equal(written.Length, stream.Position);
        Assert.Equal(written, Bytes(restored));
        return restored;
    }

    /// <summary>Value comparison for records that hold lists (record equality compares lists by reference).</summary>
    public static string Json<T>(T value) => JsonSerializer.Serialize(value);

    /// <summary>Loads a scratch file with the given content and asserts the error names the file and the line.</summary>
    public static CodeSetFormatException AssertRejected(string fileName, string content, Action<string> load, int expectedLine)
    {
        var folder = Directory.CreateTempSubdirectory();
        try
        {
            var path = Path.Combine(folder.FullName, fileName);
            File.WriteAllText(path, content);

            var error = Assert.Throws<CodeSetFormatException>(() => load(path));

            Assert.Equal(expectedLine, error.Line);
            Assert.Contains($"{fileName} line {expectedLine}:", error.Message, StringComparison.Ordinal);
            return error;
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static byte[] Bytes(ICacheable table)
    {
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
        {
            table.Write(writer);
        }

        return stream.ToArray();
    }
}
