namespace MedCoder.CodeSets.Files;

/// <summary>Small helpers shared by every table's binary cache format.</summary>
internal static class BinaryCache
{
    /// <summary>Every table starts with a tag and a version, so a stale or mismatched cache fails loudly instead of misreading.</summary>
    public static void WriteHeader(BinaryWriter writer, string tag, int version)
    {
        writer.Write(tag);
        writer.Write(version);
    }

    public static void ReadHeader(BinaryReader reader, string tag, int version)
    {
        var foundTag = reader.ReadString();
        var foundVersion = reader.ReadInt32();
        if (!string.Equals(foundTag, tag, StringComparison.Ordinal) || foundVersion != version)
        {
            throw new InvalidDataException($"Binary cache holds {foundTag} v{foundVersion} where {tag} v{version} was expected; rebuild the cache.");
        }
    }

    public static void WriteNullable(BinaryWriter writer, string? value)
    {
        writer.Write(value is not null);
        if (value is not null)
        {
            writer.Write(value);
        }
    }

    public static string? ReadNullable(BinaryReader reader) => reader.ReadBoolean() ? reader.ReadString() : null;

    public static void WriteStrings(BinaryWriter writer, IReadOnlyList<string> values)
    {
        writer.Write(values.Count);
        foreach (var value in values)
        {
            writer.Write(value);
        }
    }

    public static string[] ReadStrings(BinaryReader reader)
    {
        var values = new string[ReadCount(reader)];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = reader.ReadString();
        }

        return values;
    }

    public static int ReadCount(BinaryReader reader)
    {
        var count = reader.ReadInt32();
        return count >= 0 ? count : throw new InvalidDataException($"Binary cache holds a negative count ({count}).");
    }
}
