using MedCoder.CodeSets.Icd10Cm;
using MedCoder.Contracts.Coding;
using MedCoder.Coding.Reading;

namespace MedCoder.Coding.Rules;

/// <summary>
/// A spinal condition of "site unspecified" (spondylolisthesis M43.10, spinal stenosis M48.00, radiculopathy M54.10, disc
/// displacement M51.2-) whose statement gives the level ("degenerative spondylolisthesis L4-L5", "right L4 radiculopathy")
/// is coded for that region (Guidelines I.B.2, code to the specificity documented): the sibling whose title names the
/// region ("Spondylolisthesis, lumbar region" M43.16), or that code's default child. Claim purpose only.
/// </summary>
public static class SpineRegions
{
    private const string Unspecified = "site unspecified";

    public static void Apply(IReadOnlyList<ReadNote> notes, List<Candidate> candidates, Icd10CmRelease release, CodeHierarchy hierarchy)
    {
        Candidate.RecodeEach(candidates, c =>
        {
            if (c.System != CodeSystems.Icd10Cm || c.Code[0] != 'M' || release.Find(c.Code) is not { LongDescription: var title }
                || !title.EndsWith(Unspecified, StringComparison.OrdinalIgnoreCase))
            {
                return null;
            }

            var region = c.Evidence.Select(e => EvidenceSentences.Of(notes, e) is var (note, sentence) ? DiscRadiculopathy.RegionOf(note.Text[sentence.Start..sentence.End]) : null)
                .FirstOrDefault(r => r is not null);
            return region is null ? null : Sibling(c.Code, title[..^Unspecified.Length].TrimEnd(',', ' '), region, release, hierarchy);
        }, "specificity:spine-region");
    }

    /// <summary>The code beside <paramref name="code"/> titled "<paramref name="condition"/>, <paramref name="region"/> region", as a billable code.</summary>
    private static string? Sibling(string code, string condition, string region, Icd10CmRelease release, CodeHierarchy hierarchy)
    {
        var parent = code[..^1];
        var wanted = condition + ", " + region + " region";
        for (var digit = '0'; digit <= '9'; digit++)
        {
            if (release.Find(parent + digit) is { } sibling && sibling.LongDescription.StartsWith(wanted, StringComparison.OrdinalIgnoreCase))
            {
                return sibling.Billable ? sibling.Code : hierarchy.DefaultBillable(sibling.Code);
            }
        }

        return null;
    }
}
