using System.Collections.Frozen;
using System.Globalization;
using System.Text.RegularExpressions;
using MedCoder.CodeSets.Hcpcs;

namespace MedCoder.Coding.Drugs;

/// <summary>One injectable drug code: the drug's first word and the dose one billing unit stands for, in mg (or units).</summary>
public sealed record DrugCode(string Code, string Description, string Drug, double DosePerUnit, string Measure);

/// <summary>
/// HCPCS "Injection, &lt;drug&gt;, [per|up to] &lt;amount&gt; &lt;mg|mcg|g|units&gt;" codes valid on the date of service,
/// by the drug's first word, so a documented "dexamethasone 10 mg IV" finds J1100 (1 mg) → 10 units.
/// </summary>
public sealed partial class HcpcsDrugCatalog
{
    private readonly FrozenDictionary<string, DrugCode[]> _byDrugWord;

    public HcpcsDrugCatalog(HcpcsRelease release, DateOnly dateOfService)
    {
        _byDrugWord = release.Codes
            .Where(c => c.Code.StartsWith('J') && c.IsValidOn(dateOfService))
            .Select(c => (Code: c, Match: InjectionTitle().Match(c.LongDescription)))
            .Where(c => c.Match.Success && !c.Match.Groups["drug"].Value.Contains("not otherwise specified", StringComparison.OrdinalIgnoreCase))
            .Select(c => new DrugCode(
                c.Code.Code,
                c.Code.LongDescription,
                c.Match.Groups["drug"].Value.Split(' ', ',')[0].ToLowerInvariant(),
                ToCodeMeasure(double.Parse(c.Match.Groups["amount"].Value, CultureInfo.InvariantCulture), c.Match.Groups["unit"].Value, out var measure),
                measure))
            .GroupBy(d => d.Drug, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.OrderBy(d => d.Code, StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);
    }

    public int Count => _byDrugWord.Count;

    /// <summary>Codes for a drug word in a measure ("mg" or "units"); several exist for salts and forms, the first by code wins.</summary>
    public DrugCode? Find(string drugWord, string measure) =>
        _byDrugWord.TryGetValue(drugWord.ToLowerInvariant(), out var codes) ? codes.FirstOrDefault(c => c.Measure == measure) : null;

    /// <summary>Doses are compared in mg (g and mcg converted) or in units.</summary>
    public static double ToCodeMeasure(double amount, string unit, out string measure)
    {
        switch (unit.ToLowerInvariant())
        {
            case "g":
                measure = "mg";
                return amount * 1000;
            case "mcg":
                measure = "mg";
                return amount / 1000;
            case "unit" or "units":
                measure = "units";
                return amount;
            default:
                measure = "mg";
                return amount;
        }
    }

    [GeneratedRegex(@"^Injection, (?<drug>[^,]+?),\s*(?:per |up to )?(?<amount>\d+(?:\.\d+)?) ?(?<unit>mg|mcg|g|units?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex InjectionTitle();
}
