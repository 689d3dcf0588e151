using System.Security.Cryptography;
using MedCoder.CodeSets.Versioning;

namespace MedCoder.CodeSets.Library;

/// <summary>
/// Parsed tables in one compact binary file, named by a hash of the source files' paths and contents
/// and of the library build: a changed or added file, or a new loader, gives a new key.
/// </summary>
public static class CodeSetCache
{
    private const string Magic = "MEDCODER-CODESETS";
    private const int FormatVersion = 1;

    public static string KeyOf(IReadOnlyList<SourceFile> files)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(BitConverter.GetBytes(FormatVersion));
        // The build that parsed the tables is part of the key: a new loader never reads an old cache.
        hash.AppendData(typeof(CodeSetCache).Assembly.ManifestModule.ModuleVersionId.ToByteArray());
        foreach (var file in files.OrderBy(f => f.RelativePath, StringComparer.Ordinal))
        {
            hash.AppendData(System.Text.Encoding.UTF8.GetBytes(file.RelativePath + "\n"));
            hash.AppendData(SHA256.HashData(File.ReadAllBytes(file.Path)));
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset(), 0, 16);
    }

    public static string PathFor(string cacheDirectory, string key) => Path.Combine(cacheDirectory, $"codesets-{key}.bin");

    public static IReadOnlyList<LoadedTable>? TryRead(string path)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            using var reader = new BinaryReader(new BufferedStream(File.OpenRead(path), 1 << 20));
            if (reader.ReadString() != Magic || reader.ReadInt32() != FormatVersion)
            {
                return null;
            }

            var tables = new LoadedTable[reader.ReadInt32()];
            for (var i = 0; i < tables.Length; i++)
            {
                var kind = SourceKind.FromCacheId(reader.ReadInt32());
                var version = reader.ReadString();
                var period = new EffectivePeriod(DateOnly.FromDayNumber(reader.ReadInt32()), DateOnly.FromDayNumber(reader.ReadInt32()));
                var relativePath = reader.ReadString();
                tables[i] = new LoadedTable(kind, version, period, relativePath, kind.Read(reader));
            }

            return tables;
        }
        catch (Exception ex) when (ex is EndOfStreamException or InvalidDataException or IOException)
        {
            return null; // a damaged or foreign cache is re-parsed from the sources
        }
    }

    /// <summary>Writes atomically (temp file, then move); a read-only cache folder only costs the next start a parse.</summary>
    public static void TryWrite(string path, IReadOnlyList<LoadedTable> tables)
    {
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var temporary = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
            using (var writer = new BinaryWriter(new BufferedStream(File.Create(temporary), 1 << 20)))
            {
                writer.Write(Magic);
                writer.Write(FormatVersion);
                writer.Write(tables.Count);
                foreach (var table in tables)
                {
                    writer.Write(table.Kind.CacheId);
                    writer.Write(table.Version);
                    writer.Write(table.Period.From.DayNumber);
                    writer.Write(table.Period.To.DayNumber);
                    writer.Write(table.RelativePath);
                    table.Table.Write(writer);
                }
            }

            File.Move(temporary, path, overwrite: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Caching is an optimisation only.
        }
    }
}
