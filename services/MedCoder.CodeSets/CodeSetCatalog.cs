namespace MedCoder.CodeSets;

/// <summary>The loaded ICD-10-CM releases, chosen by date of service.</summary>
public sealed class CodeSetCatalog
{
    private readonly SortedList<int, Icd10CmRelease> _icd10Cm;

    public CodeSetCatalog(IEnumerable<Icd10CmRelease> icd10CmReleases)
    {
        _icd10Cm = new SortedList<int, Icd10CmRelease>(icd10CmReleases.ToDictionary(r => r.FiscalYear));
        if (_icd10Cm.Count == 0)
        {
            throw new InvalidOperationException("No ICD-10-CM release was loaded.");
        }
    }

    public IReadOnlyList<Icd10CmRelease> Icd10CmReleases => _icd10Cm.Values.ToList();

    public Icd10CmRelease Newest => _icd10Cm.Values[^1];

    /// <summary>
    /// The release in force on a date of service. A date outside the loaded years is answered with the
    /// nearest loaded release and InForce = false, so callers can flag it instead of silently using a wrong year.
    /// </summary>
    public (Icd10CmRelease Release, bool InForce) Icd10CmFor(DateOnly dateOfService)
    {
        var year = Icd10CmRelease.FiscalYearOf(dateOfService);
        if (_icd10Cm.TryGetValue(year, out var release))
        {
            return (release, true);
        }

        return year > _icd10Cm.Keys[^1] ? (Newest, false) : (_icd10Cm.Values[0], false);
    }
}
