using System.Text.RegularExpressions;
using MedCoder.Coding.Reading;
using MedCoder.Contracts.Coding;

namespace MedCoder.Coding.Rules;

/// <summary>
/// "Hypertension, type 2 DM - noted, managed by PCP": a condition the visit's provider lists but leaves to another
/// clinician may not affect this encounter's care (Guidelines IV.J codes the conditions that require or affect care at the
/// visit), so a coder decides whether it is coded: below auto-release. Outpatient claims only.
/// </summary>
public static partial class ManagedElsewhere
{
    public const double Ceiling = 0.8;

    public static void Apply(IReadOnlyList<ReadNote> notes, List<Candidate> candidates)
    {
        foreach (var c in candidates)
        {
            if (c.System == CodeSystems.Icd10Cm && c.Confidence > Ceiling && c.Evidence.Count > 0
                && EvidenceSentences.Stated(notes, c).TrueForAll(e => EvidenceSentences.Of(notes, e) is var (note, sentence) && LeftToOthers().IsMatch(note.Text.AsSpan(sentence.Start, sentence.End - sentence.Start))))
            {
                c.Confidence = Ceiling;
            }
        }
    }

    [GeneratedRegex(@"\b(managed|followed|treated|handled)\s+by\s+(his|her|their|the|patient's)?\s*(pcp|primary care|primary physician|cardiolog\w*|endocrinolog\w*|nephrolog\w*|oncolog\w*)|\b(per|defer\w*\s+to)\s+(his|her|their|the)?\s*(pcp|primary care)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LeftToOthers();
}
