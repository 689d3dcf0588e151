using MedCoder.Contracts.Coding;

namespace MedCoder.Coding.Rules;

/// <summary>
/// Two forms of age-related cataract in one eye ("combined nuclear sclerotic and cortical cataract, right eye") are one
/// code, "Combined forms of age-related cataract" (H25.81-), not the nuclear (H25.1-) and cortical (H25.01-) codes side by
/// side (Index: Cataract, senile, combined forms).
/// </summary>
public static class CombinedCataract
{
    private const string Combined = "H2581";

    public static void Apply(List<Candidate> candidates, Func<string, bool> billable)
    {
        foreach (var side in (char[])['1', '2', '3', '9'])
        {
            var forms = candidates.FindAll(c => c.System == CodeSystems.Icd10Cm && SideOf(c.Code) == side);
            if (forms.Count < 2 || !billable(Combined + side))
            {
                continue;
            }

            foreach (var form in forms)
            {
                if (candidates.IndexOf(form) is var at and >= 0)
                {
                    Candidate.Recode(candidates, at, Combined + side, "combination:cataract");
                }
            }
        }
    }

    /// <summary>The eye of a single form's code: H25.01x, H25.03x, H25.04x (cortical, subcapsular polar) and H25.1x (nuclear).</summary>
    private static char? SideOf(string code) => code switch
    {
        ['H', '2', '5', '0', '1' or '3' or '4', var side] => side,
        ['H', '2', '5', '1', var side] => side,
        _ => null,
    };
}
