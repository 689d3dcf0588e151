using System.Collections.Frozen;
using MedCoder.CodeSets.Files;

namespace MedCoder.CodeSets.Icd10Cm;

/// <summary>
/// One fiscal year of ICD-10-CM codes (billable codes and headers), in force from October 1 of the
/// previous calendar year to September 30, with the tabular hierarchy category → subcategory → code.
/// </summary>
public sealed class Icd10CmRelease : ICacheable
{
    private const string CacheTag = "Icd10CmRelease";
    private const int CacheVersion = 1;

    private readonly FrozenDictionary<string, Icd10CmCode> _byCode;
    private readonly Lazy<FrozenDictionary<string, string[]>> _children;

    public Icd10CmRelease(int fiscalYear, IReadOnlyList<Icd10CmCode> codes)
    {
        FiscalYear = fiscalYear;
        Codes = codes;
        _byCode = codes.ToFrozenDictionary(c => c.Code, StringComparer.Ordinal);
        _children = new(() => codes
            .Where(c => Parent(c.Code) is not null)
            .GroupBy(c => Parent(c.Code)!.Code, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.Select(c => c.Code).ToArray(), StringComparer.Ordinal));
    }

    public int FiscalYear { get; }

    public string Version => $"ICD-10-CM FY{FiscalYear}";

    public IReadOnlyList<Icd10CmCode> Codes { get; }

    public int BillableCount => Codes.Count(c => c.Billable);

    public Icd10CmCode? Find(string code) => _byCode.GetValueOrDefault(Icd10CmFormat.WithoutDot(code));

    /// <summary>The nearest existing ancestor (S52501A → S52501 → … → S52): codes can skip levels, e.g. with placeholder X.</summary>
    public Icd10CmCode? Parent(string code)
    {
        var key = Icd10CmFormat.WithoutDot(code);
        for (var length = key.Length - 1; length >= 3; length--)
        {
            if (_byCode.TryGetValue(key[..length], out var parent))
            {
                return parent;
            }
        }

        return null;
    }

    public IReadOnlyList<string> Children(string code) =>
        _children.Value.TryGetValue(Icd10CmFormat.WithoutDot(code), out var children) ? children : [];

    /// <summary>Every code below this one, depth first (a category's subcategories and their codes).</summary>
    public IEnumerable<string> Descendants(string code)
    {
        foreach (var child in Children(code))
        {
            yield return child;
            foreach (var below in Descendants(child))
            {
                yield return below;
            }
        }
    }

    public static int FiscalYearOf(DateOnly dateOfService) => dateOfService.Month >= 10 ? dateOfService.Year + 1 : dateOfService.Year;

    public void Write(BinaryWriter writer)
    {
        BinaryCache.WriteHeader(writer, CacheTag, CacheVersion);
        writer.Write(FiscalYear);
        writer.Write(Codes.Count);
        foreach (var code in Codes)
        {
            writer.Write(code.Code);
            writer.Write(code.Billable);
            writer.Write(code.ShortDescription);
            writer.Write(code.LongDescription);
        }
    }

    public static Icd10CmRelease Read(BinaryReader reader)
    {
        BinaryCache.ReadHeader(reader, CacheTag, CacheVersion);
        var fiscalYear = reader.ReadInt32();
        var codes = new Icd10CmCode[reader.ReadInt32()];
        for (var i = 0; i < codes.Length; i++)
        {
            codes[i] = new Icd10CmCode(reader.ReadString(), reader.ReadBoolean(), reader.ReadString(), reader.ReadString());
        }

        return new Icd10CmRelease(fiscalYear, codes);
    }
}
