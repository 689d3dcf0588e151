using System.Collections.Frozen;
using MedCoder.CodeSets.Files;

namespace MedCoder.CodeSets.Icd10Cm;

/// <summary>
/// The CDC list of codes exempt from present-on-admission reporting (POAexemptCodesFYyy.txt): tab-separated
/// OrderYY, POAexemptCode (with dot), Description, after one header row. Codes are kept without dot.
/// </summary>
public sealed class PoaExemptList : ICacheable
{
    private const string CacheTag = "Icd10CmPoaExemptList";
    private const int CacheVersion = 1;

    private readonly FrozenSet<string> _codes;

    public PoaExemptList(IEnumerable<string> codes)
    {
        _codes = codes.Select(Icd10CmFormat.WithoutDot).ToFrozenSet(StringComparer.Ordinal);
    }

    public int Count => _codes.Count;

    /// <summary>The exempt codes without dot, sorted.</summary>
    public IReadOnlyList<string> Codes => _codes.Order(StringComparer.Ordinal).ToArray();

    /// <summary>True when a code (with or without dot) needs no POA indicator. The list names billable codes only.</summary>
    public bool IsExempt(string code) => _codes.Contains(Icd10CmFormat.WithoutDot(code));

    public static PoaExemptList Load(string path)
    {
        var codes = new List<string>(40_000);
        foreach (var (number, line) in DataFile.Lines(path))
        {
            var fields = line.Split('\t');
            if (number == 1)
            {
                if (fields.Length < 2 || !string.Equals(fields[1].Trim(), "POAexemptCode", StringComparison.OrdinalIgnoreCase))
                {
                    throw new CodeSetFormatException(path, number, "expected the header 'OrderYY<TAB>POAexemptCode<TAB>Description'");
                }

                continue;
            }

            if (line.Length == 0)
            {
                continue;
            }

            var code = fields.Length == 3 ? fields[1].Trim() : string.Empty;
            if (!CodeText.IsIcd10Cm(code))
            {
                throw new CodeSetFormatException(path, number, "expected 3 tab-separated columns: order number, ICD-10-CM code, description");
            }

            codes.Add(code);
        }

        return new PoaExemptList(codes);
    }

    public void Write(BinaryWriter writer)
    {
        BinaryCache.WriteHeader(writer, CacheTag, CacheVersion);
        BinaryCache.WriteStrings(writer, Codes);
    }

    public static PoaExemptList Read(BinaryReader reader)
    {
        BinaryCache.ReadHeader(reader, CacheTag, CacheVersion);
        return new PoaExemptList(BinaryCache.ReadStrings(reader));
    }
}
