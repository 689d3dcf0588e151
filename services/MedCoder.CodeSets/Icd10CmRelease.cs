using System.Collections.Frozen;

namespace MedCoder.CodeSets;

/// <summary>One fiscal year of ICD-10-CM, in force from October 1 of the previous calendar year to September 30.</summary>
public sealed class Icd10CmRelease
{
    private readonly FrozenDictionary<string, Icd10CmCode> _byCode;

    public Icd10CmRelease(int fiscalYear, IReadOnlyList<Icd10CmCode> codes)
    {
        FiscalYear = fiscalYear;
        Codes = codes;
        _byCode = codes.ToFrozenDictionary(c => c.Code, StringComparer.Ordinal);
    }

    public int FiscalYear { get; }

    public string Version => $"ICD-10-CM FY{FiscalYear}";

    public DateOnly EffectiveFrom => new(FiscalYear - 1, 10, 1);

    public DateOnly EffectiveTo => new(FiscalYear, 9, 30);

    public IReadOnlyList<Icd10CmCode> Codes { get; }

    public Icd10CmCode? Find(string code) => _byCode.GetValueOrDefault(Icd10CmFormat.WithoutDot(code));

    public static int FiscalYearOf(DateOnly dateOfService) => dateOfService.Month >= 10 ? dateOfService.Year + 1 : dateOfService.Year;
}
