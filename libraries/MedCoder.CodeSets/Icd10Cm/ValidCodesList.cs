using System.Collections.Frozen;
using MedCoder.CodeSets.Files;

namespace MedCoder.CodeSets.Icd10Cm;

/// <summary>
/// CMS's valid-code list (icd10cm_codes_YYYY.txt): code without dot padded to 8 columns, then the long
/// description. It must name exactly the billable codes of the same year's order file; import checks that.
/// </summary>
public sealed class ValidCodesList : ICacheable
{
    private const string CacheTag = "Icd10CmValidCodesList";
    private const int CacheVersion = 1;

    private readonly FrozenDictionary<string, string> _descriptions;

    public ValidCodesList(IEnumerable<KeyValuePair<string, string>> codes)
    {
        _descriptions = codes.ToFrozenDictionary(StringComparer.Ordinal);
    }

    public int Count => _descriptions.Count;

    public bool Contains(string code) => _descriptions.ContainsKey(Icd10CmFormat.WithoutDot(code));

    public IEnumerable<string> Codes => _descriptions.Keys;

    public static ValidCodesList Load(string path)
    {
        var codes = new Dictionary<string, string>(80_000, StringComparer.Ordinal);
        foreach (var (number, line) in DataFile.Lines(path))
        {
            if (line.Length == 0)
            {
                continue;
            }

            var code = line.Length >= 8 ? line[..8].Trim() : string.Empty;
            if (code.Length is < 3 or > 7 || !code.All(char.IsAsciiLetterOrDigit) || line.Length < 9)
            {
                throw new CodeSetFormatException(path, number, "expected a code (3-7 characters, no dot) in columns 1-8 followed by its description");
            }

            if (!codes.TryAdd(code, line[8..].Trim()))
            {
                throw new CodeSetFormatException(path, number, $"duplicate code {Icd10CmFormat.WithDot(code)}");
            }
        }

        return new ValidCodesList(codes);
    }

    /// <summary>Billable codes of the order file missing here, and codes here the order file does not bill.</summary>
    public (IReadOnlyList<string> MissingHere, IReadOnlyList<string> NotBillableThere) CompareWith(Icd10CmRelease release)
    {
        var billable = release.Codes.Where(c => c.Billable).Select(c => c.Code).ToHashSet(StringComparer.Ordinal);
        return ([.. billable.Where(c => !_descriptions.ContainsKey(c)).Order(StringComparer.Ordinal)],
                [.. _descriptions.Keys.Where(c => !billable.Contains(c)).Order(StringComparer.Ordinal)]);
    }

    public void Write(BinaryWriter writer)
    {
        BinaryCache.WriteHeader(writer, CacheTag, CacheVersion);
        writer.Write(_descriptions.Count);
        foreach (var (code, description) in _descriptions)
        {
            writer.Write(code);
            writer.Write(description);
        }
    }

    public static ValidCodesList Read(BinaryReader reader)
    {
        BinaryCache.ReadHeader(reader, CacheTag, CacheVersion);
        var codes = new KeyValuePair<string, string>[reader.ReadInt32()];
        for (var i = 0; i < codes.Length; i++)
        {
            codes[i] = new(reader.ReadString(), reader.ReadString());
        }

        return new ValidCodesList(codes);
    }
}
