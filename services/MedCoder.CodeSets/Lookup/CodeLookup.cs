using MedCoder.CodeSets.Icd10Cm;
using MedCoder.CodeSets.Library;

namespace MedCoder.CodeSets.Lookup;

/// <summary>Answers "what is this code on this date of service" for the API and the CLI alike.</summary>
public sealed class CodeLookup(ICodeSets codeSets)
{
    public CodeFacts? Describe(string system, string code, DateOnly dateOfService) => system switch
    {
        CodeSystemNames.Icd10Cm => DescribeIcd10Cm(code, dateOfService),
        _ => null,
    };

    private CodeFacts DescribeIcd10Cm(string code, DateOnly dateOfService)
    {
        var snapshot = codeSets.For(dateOfService);
        var edition = snapshot.Icd10Cm;
        var release = edition.Release.Codes;
        var key = Icd10CmFormat.WithoutDot(code);
        var found = release.Find(key);
        var history = codeSets.Icd10CmEditions
            .Select(e => e.Codes.Find(key) is { } c ? new ReleaseHistory(e.Codes.Version, true, c.Billable, c.LongDescription) : new ReleaseHistory(e.Codes.Version, false, false, null))
            .ToList();
        var hierarchy = new List<string>();
        for (var parent = release.Parent(key); parent is not null; parent = release.Parent(parent.Code))
        {
            hierarchy.Insert(0, $"{parent.Dotted} {parent.LongDescription}");
        }

        return new CodeFacts(
            CodeSystemNames.Icd10Cm,
            found?.Dotted ?? Icd10CmFormat.WithDot(key),
            dateOfService,
            edition.Version,
            edition.Status,
            found is { Billable: true },
            Icd10CmReason(found, release, history, key),
            found?.LongDescription,
            found?.ShortDescription,
            hierarchy,
            [],
            history,
            new Dictionary<string, string>());
    }

    private static string Icd10CmReason(Icd10CmCode? found, Icd10CmRelease release, IReadOnlyList<ReleaseHistory> history, string key)
    {
        if (found is { Billable: true })
        {
            return $"valid and billable in {release.Version}";
        }

        if (found is not null)
        {
            return $"a header in {release.Version}, not billable: use one of its {release.Children(key).Count} more specific codes";
        }

        var elsewhere = history.Where(h => h.Exists).Select(h => h.Version).ToList();
        if (elsewhere.Count == 0)
        {
            return $"not an ICD-10-CM code in any loaded release";
        }

        var firstYear = history.First(h => h.Exists).Version;
        return string.CompareOrdinal(firstYear, release.Version) > 0
            ? $"not yet valid: added in {firstYear}"
            : $"deleted: not in {release.Version} (last in {elsewhere[^1]})";
    }
}
