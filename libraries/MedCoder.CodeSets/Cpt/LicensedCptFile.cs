using System.Collections.Frozen;
using MedCoder.CodeSets.Files;

namespace MedCoder.CodeSets.Cpt;

/// <summary>A CPT descriptor from a file the user is licensed by the AMA to use.</summary>
public sealed record CptDescriptor(string Code, string ShortDescription, string LongDescription);

/// <summary>
/// CPT descriptors imported from a user-supplied, AMA-licensed file (MedCoder ships none). Format (UTF-8,
/// plain or .gz; see Cpt/README.md):
/// <code>
/// code&lt;TAB&gt;short_description&lt;TAB&gt;long_description     (header row, required)
/// 99213&lt;TAB&gt;...&lt;TAB&gt;...                                (one code per line)
/// </code>
/// A code is 5 characters: 5 digits, or 4 digits followed by F, T, U or M. Both descriptions are required;
/// blank lines are ignored; a code may appear once. Any other line stops the import with a
/// CodeSetFormatException naming the file and line. Without a file, use <see cref="None"/>.
/// </summary>
public sealed class LicensedCptFile : ICacheable
{
    public const string HeaderRow = "code\tshort_description\tlong_description";
    private const string CacheTag = "CPT-LICENSED/1";
    private const int CacheVersion = 1;

    private readonly FrozenDictionary<string, CptDescriptor> _byCode;

    public LicensedCptFile(IReadOnlyList<CptDescriptor> descriptors)
    {
        Descriptors = descriptors;
        _byCode = descriptors.ToFrozenDictionary(d => d.Code, StringComparer.Ordinal);
    }

    /// <summary>No licensed file loaded: every look-up answers null.</summary>
    public static LicensedCptFile None { get; } = new([]);

    public IReadOnlyList<CptDescriptor> Descriptors { get; }

    public bool IsLoaded => Descriptors.Count > 0;

    public CptDescriptor? Find(string code) => _byCode.GetValueOrDefault(code.Trim().ToUpperInvariant());

    /// <summary>The long descriptor, or null when the code is not in the licensed file (always null for <see cref="None"/>).</summary>
    public string? DescriptionOf(string code) => Find(code)?.LongDescription;

    public static LicensedCptFile Load(string path)
    {
        var descriptors = new List<CptDescriptor>(12_000);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (number, text) in DataFile.Lines(path))
        {
            if (number == 1)
            {
                if (!string.Equals(text.Trim(), HeaderRow, StringComparison.OrdinalIgnoreCase))
                {
                    throw new CodeSetFormatException(path, number, "expected the header row code<TAB>short_description<TAB>long_description");
                }

                continue;
            }

            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            var fields = text.Split('\t');
            if (fields.Length != 3)
            {
                throw new CodeSetFormatException(path, number, $"{fields.Length} tab-separated fields, expected 3 (code, short_description, long_description)");
            }

            var code = fields[0].Trim();
            if (!CptCodeFormat.IsCpt(code))
            {
                throw new CodeSetFormatException(path, number, $"'{code}' is not a CPT code (5 digits, or 4 digits + F, T, U or M)");
            }

            var (shortDescription, longDescription) = (fields[1].Trim(), fields[2].Trim());
            if (shortDescription.Length == 0 || longDescription.Length == 0)
            {
                throw new CodeSetFormatException(path, number, $"{code} has an empty short or long description");
            }

            if (!seen.Add(code))
            {
                throw new CodeSetFormatException(path, number, $"code {code} appears twice");
            }

            descriptors.Add(new CptDescriptor(code, shortDescription, longDescription));
        }

        return descriptors.Count > 0 ? new LicensedCptFile(descriptors) : throw new CodeSetFormatException(path, 1, "no CPT codes after the header row");
    }

    public void Write(BinaryWriter writer)
    {
        BinaryCache.WriteHeader(writer, CacheTag, CacheVersion);
        writer.Write(Descriptors.Count);
        foreach (var d in Descriptors)
        {
            writer.Write(d.Code);
            writer.Write(d.ShortDescription);
            writer.Write(d.LongDescription);
        }
    }

    public static LicensedCptFile Read(BinaryReader reader)
    {
        BinaryCache.ReadHeader(reader, CacheTag, CacheVersion);

        var descriptors = new CptDescriptor[reader.ReadInt32()];
        for (var i = 0; i < descriptors.Length; i++)
        {
            descriptors[i] = new CptDescriptor(reader.ReadString(), reader.ReadString(), reader.ReadString());
        }

        return descriptors.Length > 0 ? new LicensedCptFile(descriptors) : None;
    }
}
