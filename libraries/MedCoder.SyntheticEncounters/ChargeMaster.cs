using System.Globalization;
using MedCoder.Contracts.Encounters;

namespace MedCoder.SyntheticEncounters;

/// <summary>Demo chargemaster (unit prices) and the E/M + ancillary charge lines of a synthetic encounter.</summary>
public static class ChargeMaster
{
    private static readonly Dictionary<string, decimal> UnitPrices = new(StringComparer.Ordinal)
    {
        // E/M: office/outpatient new and established, hospital inpatient/observation, emergency department.
        ["99202"] = 125m, ["99203"] = 190m, ["99204"] = 285m, ["99205"] = 375m,
        ["99212"] = 95m, ["99213"] = 150m, ["99214"] = 215m, ["99215"] = 295m,
        ["99222"] = 310m, ["99223"] = 410m, ["99231"] = 110m, ["99232"] = 165m, ["99233"] = 235m,
        ["99238"] = 150m, ["99239"] = 215m,
        ["99282"] = 185m, ["99283"] = 320m, ["99284"] = 540m, ["99285"] = 790m,
        // Medicine / procedures / surgery.
        ["20610"] = 245m, ["29125"] = 165m, ["44970"] = 2350m, ["47562"] = 2750m,
        ["36415"] = 18m, ["93000"] = 85m, ["93010"] = 42m, ["93306"] = 890m, ["93970"] = 720m,
        ["94640"] = 68m, ["96127"] = 22m,
        ["96360"] = 185m, ["96361"] = 62m, ["96365"] = 215m, ["96366"] = 64m, ["96367"] = 98m,
        ["96372"] = 48m, ["96374"] = 135m, ["96375"] = 58m,
        // Radiology.
        ["71045"] = 135m, ["71046"] = 190m, ["71275"] = 1250m, ["73110"] = 185m, ["73562"] = 195m,
        ["73610"] = 180m, ["74176"] = 1180m, ["74177"] = 1420m, ["76705"] = 420m, ["76770"] = 480m,
        ["76870"] = 450m,
        // Laboratory.
        ["80048"] = 48m, ["80053"] = 66m, ["80061"] = 58m, ["81001"] = 22m, ["81003"] = 16m,
        ["81025"] = 28m, ["82043"] = 30m, ["82306"] = 95m, ["82570"] = 22m, ["82728"] = 45m,
        ["82803"] = 85m, ["83036"] = 42m, ["83540"] = 32m, ["83550"] = 35m, ["83605"] = 55m,
        ["83690"] = 38m, ["83735"] = 26m, ["83880"] = 135m, ["84145"] = 120m, ["84300"] = 24m,
        ["84439"] = 42m, ["84443"] = 58m, ["84484"] = 72m, ["84550"] = 24m, ["85025"] = 36m,
        ["85379"] = 62m, ["85610"] = 18m, ["85730"] = 28m, ["87040"] = 68m, ["87070"] = 55m,
        ["87086"] = 48m, ["87338"] = 65m, ["87491"] = 110m, ["87591"] = 110m, ["87880"] = 45m,
        // Drugs and solutions (HCPCS Level II, price per billing unit).
        ["J0131"] = 0.45m, ["J0456"] = 38m, ["J0690"] = 9m, ["J0696"] = 6.5m, ["J1100"] = 1.2m,
        ["J1163"] = 2.4m, ["J1200"] = 8m, ["J1439"] = 2.1m, ["J1644"] = 4.5m, ["J1885"] = 6m,
        ["J1938"] = 0.9m, ["J2270"] = 12m, ["J2405"] = 1.1m, ["J2543"] = 16m, ["J2765"] = 5m,
        ["J2919"] = 1.8m, ["J3301"] = 4.2m, ["J7030"] = 42m, ["J7613"] = 2.2m, ["J7620"] = 9.5m,
    };

    public static IReadOnlyCollection<string> PricedCodes => UnitPrices.Keys;

    public static decimal Price(string code, int units) =>
        UnitPrices.TryGetValue(code, out var price)
            ? price * units
            : throw new KeyNotFoundException($"No demo chargemaster price for code {code}.");

    /// <summary>E/M line(s) for the setting followed by the condition's ancillary/procedure lines (plus venipuncture when labs are drawn).</summary>
    internal static List<ChargeSubmission> BuildCharges(DemoCondition condition, string setting, int lengthOfStay, bool newPatient, Random rng)
    {
        var lines = condition.Charges.Where(c => c.AppliesTo(setting)).ToList();
        // 25 marks the visit as separate from a same-day procedure or drug administration, which NCCI bundles an E/M into.
        string? emModifier =
            lines.Any(c => c.Kind == ChargeKind.MajorSurgery) ? "57"
            : lines.Any(c => c.Kind == ChargeKind.MinorProcedure) || (setting != DemoSettings.Inpatient && lines.Any(c => IsAdministration(c.Code))) ? "25"
            : null;

        var charges = new List<ChargeSubmission>();
        foreach (var em in EvaluationAndManagement(condition, setting, lengthOfStay, newPatient, rng))
        {
            // Only the first E/M line (the visit on the procedure day) carries the 25/57 modifier.
            charges.Add(Line(em, 1, charges.Count == 0 ? emModifier : null));
        }

        foreach (var line in lines)
        {
            charges.Add(Line(line.Code, line.Units, line.Modifier));
        }

        bool labsDrawn = lines.Any(c => c.Code.StartsWith('8'));
        if (labsDrawn && setting != DemoSettings.Inpatient && !lines.Any(c => c.Code == "36415"))
        {
            charges.Add(Line("36415", 1, null));
        }

        return charges;
    }

    /// <summary>Injections, infusions (96360-96379) and nebulizer treatments (94640).</summary>
    private static bool IsAdministration(string code) => code.StartsWith("963", StringComparison.Ordinal) || code == "94640";

    private static ChargeSubmission Line(string code, int units, string? modifier) => new()
    {
        Code = code,
        Units = units,
        Amount = Price(code, units),
        Modifiers = modifier is null ? [] : [modifier],
    };

    private static IEnumerable<string> EvaluationAndManagement(DemoCondition condition, string setting, int lengthOfStay, bool newPatient, Random rng)
    {
        int acuity = Math.Clamp(condition.Acuity, 1, 3);
        int step = rng.Next(2); // the lower or higher of the two levels typical for the acuity
        switch (setting)
        {
            case DemoSettings.Emergency:
                yield return (99281 + acuity + step).ToString(CultureInfo.InvariantCulture);
                break;
            case DemoSettings.Inpatient:
                yield return acuity >= 3 ? "99223" : "99222";
                if (condition.IsSurgical)
                {
                    yield break; // post-operative visits are included in the global surgical package
                }

                for (int day = 1; day < lengthOfStay; day++)
                {
                    yield return day == 1 && acuity >= 3 ? "99233" : rng.Next(3) == 0 ? "99231" : "99232";
                }

                yield return lengthOfStay > 3 ? "99239" : "99238";
                break;
            default:
                int level = Math.Min(acuity + 1 + step, 5);
                yield return ((newPatient ? 99200 : 99210) + level).ToString(CultureInfo.InvariantCulture);
                break;
        }
    }
}
