using System.Text;
using MedCoder.CodeSets.Files;
using MedCoder.CodeSets.Icd10Cm;

namespace MedCoder.CodeSets.Tests.Icd10Cm;

/// <summary>Paths of the shipped ICD-10-CM files, the FY2026 release, and helpers for cache and malformed-file tests.</summary>
internal static class Icd10CmData
{
    public static readonly Lazy<Icd10CmRelease> Fy2026 = new(() => new Icd10CmRelease(2026, OrderFileReader.Read(File("fy2026", "icd10cm_order_2026.txt.gz"))));

    public static string File(params string[] parts) =>
        Path.Combine([AppContext.BaseDirectory, "codesets-data", "icd10cm", .. parts]);

    /// <summary>Writes a table, reads it back, and checks that nothing was left unread and that writing the copy gives the same bytes.</summary>
    public static T RoundTrip<T>(T table, Func<BinaryReader, T> read)
        where T : ICacheable
    {
        var written = Bytes(table);
        using var stream = new MemoryStream(written);
        using var reader = new BinaryReader(stream, Encoding.UTF8);
        var copy = read(reader);

        Assert.Equal(stream.Length, stream.Position);
        Assert.Equal(written, Bytes(copy));
        return copy;
    }

    public static byte[] Bytes(ICacheable table)
    {
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
        {
            table.Write(writer);
        }

        return stream.ToArray();
    }

    /// <summary>Writes the lines to a temporary file with this name, runs the loader on it and returns the format error it raises.</summary>
    public static CodeSetFormatException LoadBroken(string fileName, string content, Action<string> load)
    {
        var folder = Directory.CreateTempSubdirectory();
        try
        {
            var path = Path.Combine(folder.FullName, fileName);
            System.IO.File.WriteAllText(path, content);
            return Assert.Throws<CodeSetFormatException>(() => load(path));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
