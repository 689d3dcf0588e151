using System.Collections.Frozen;
using MedCoder.Coding.Reading;
using MedCoder.Contracts.Coding;

namespace MedCoder.Coding.Rules;

/// <summary>
/// Enlarged lymph nodes of a named region are localized (R59.0): the Index reads plain "lymphadenopathy" as generalized
/// (R59.1, its non-essential modifier), but "mediastinal lymphadenopathy" or "enlarged subcarinal node" names one region.
/// Claim purpose only.
/// </summary>
public static class LocalizedLymphadenopathy
{
    private const string Localized = "R590";

    private static readonly FrozenSet<string> Regions = WordForms.NormalizedSet(
        "mediastinal", "hilar", "subcarinal", "paratracheal", "cervical", "axillary", "inguinal", "supraclavicular", "submandibular",
        "retroperitoneal", "mesenteric", "periportal", "pelvic", "iliac", "para-aortic", "paraaortic", "preauricular", "postauricular",
        "occipital", "epitrochlear", "popliteal", "localized", "regional");

    private static readonly FrozenSet<string> Everywhere = WordForms.NormalizedSet("generalized", "diffuse", "widespread", "multiple");

    public static void Apply(IReadOnlyList<ReadNote> notes, List<Candidate> candidates, Func<string, bool> billable)
    {
        if (!billable(Localized))
        {
            return;
        }

        Candidate.RecodeEach(candidates, c => c.System == CodeSystems.Icd10Cm && c.Code is "R591" or "R599"
            && c.Evidence.Exists(e => EvidenceSentences.Of(notes, e) is var (note, s) && EvidenceSentences.Says(note, s, Regions) && !EvidenceSentences.Says(note, s, Everywhere))
            ? Localized : null);
    }
}
