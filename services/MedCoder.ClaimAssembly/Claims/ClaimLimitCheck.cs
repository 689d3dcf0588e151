using System.Globalization;
using MedCoder.Contracts.Encounters;

namespace MedCoder.ClaimAssembly.Claims;

/// <summary>
/// The charge bounds (<see cref="ChargeLimits"/>) checked again before a claim is built: Intake enforces them on new
/// submissions, but an older stored message may carry any value, and arithmetic on it must not throw. The reason
/// names rules and line numbers only, never amounts or other content.
/// </summary>
public static class ClaimLimitCheck
{
    public const string AmountRule = "CHARGE-AMOUNT-RANGE";
    public const string UnitsRule = "CHARGE-UNITS-RANGE";
    public const string LinesRule = "CLAIM-LINE-COUNT";
    public const string TotalRule = "CLAIM-TOTAL-RANGE";
    public const string DiagnosesRule = "CLAIM-DIAGNOSIS-COUNT";

    /// <summary>The charge bounds and the claim form's diagnosis limit (<see cref="ClaimForms"/>): a coding with more is refused, never cut.</summary>
    public static IReadOnlyList<string> Check(Encounter encounter, int diagnoses)
    {
        var broken = Check(encounter).ToList();
        var form = ClaimForms.For(encounter);
        if (diagnoses > ClaimForms.MaxDiagnoses(form))
        {
            broken.Add($"{DiagnosesRule} (more than {ClaimForms.MaxDiagnoses(form)} on the {(form == ClaimForm.Institutional ? "837I" : "837P")})");
        }

        return broken;
    }

    /// <summary>The broken rules with the lines that break them ("CHARGE-AMOUNT-RANGE (lines 1, 2)"); empty when the claim can be built.</summary>
    public static IReadOnlyList<string> Check(Encounter encounter)
    {
        var charges = encounter.Charges;
        var broken = new List<string>();
        if (charges.Count > ChargeLimits.MaxLines(encounter.Setting))
        {
            broken.Add($"{LinesRule} (more than {ChargeLimits.MaxLines(encounter.Setting)})");
        }

        AddLines(broken, AmountRule, charges, c => ChargeLimits.IsValidAmount(c.Amount));
        AddLines(broken, UnitsRule, charges, c => ChargeLimits.IsValidUnits(c.Units));
        if (!TryTotal(charges, out var total) || total > ChargeLimits.MaxAmount)
        {
            broken.Add(TotalRule);
        }

        return broken;
    }

    /// <summary>The claim total in checked arithmetic: false instead of an OverflowException when it leaves decimal's range.</summary>
    public static bool TryTotal(IEnumerable<Charge> charges, out decimal total)
    {
        total = 0m;
        try
        {
            foreach (var charge in charges)
            {
                total = checked(total + charge.Amount);
            }

            return true;
        }
        catch (OverflowException)
        {
            total = 0m;
            return false;
        }
    }

    private static void AddLines(List<string> broken, string rule, IReadOnlyList<Charge> charges, Func<Charge, bool> ok)
    {
        var lines = Enumerable.Range(0, charges.Count).Where(i => !ok(charges[i])).Select(i => (i + 1).ToString(CultureInfo.InvariantCulture)).ToList();
        if (lines.Count > 0)
        {
            broken.Add($"{rule} (line{(lines.Count > 1 ? "s" : "")} {string.Join(", ", lines.Take(10))}{(lines.Count > 10 ? ", …" : "")})");
        }
    }
}
