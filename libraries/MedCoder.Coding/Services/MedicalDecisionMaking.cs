using MedCoder.Contracts.Coding;

namespace MedCoder.Coding.Services;

/// <summary>
/// The MDM level of a note: the highest level that two of the three elements (problems, data, risk) meet or
/// exceed — that is, the middle of the three element levels. Evidence = the cue spans of the elements that meet it.
/// </summary>
public sealed record MedicalDecisionMaking(MdmLevel Level, IReadOnlyList<EvidenceSpan> Evidence)
{
    /// <summary>Null unless at least two elements are documented: with one, two-of-three cannot be read from the note.</summary>
    public static MedicalDecisionMaking? Of(string text, int noteIndex) =>
        Combine(ProblemsAddressed.In(text, noteIndex), DataReviewed.In(text, noteIndex), ManagementRisk.In(text, noteIndex));

    public static MedicalDecisionMaking? Combine(MdmElement problems, MdmElement data, MdmElement risk)
    {
        MdmElement[] elements = [problems, data, risk];
        if (elements.Count(e => e.Documented) < 2)
        {
            return null;
        }

        var level = elements.Select(e => e.Level).Order().ElementAt(1);
        var evidence = elements.Where(e => e.Level >= level).SelectMany(e => e.Evidence).OrderBy(s => s.Start).ToList();
        return new MedicalDecisionMaking(level, evidence);
    }
}
