using MedCoder.Contracts.Coding;
using MedCoder.Contracts.Encounters;

namespace MedCoder.Coding.Services;

/// <summary>
/// The E/M level of a visit (CPT 2021 office / 2023 all-settings E/M guidelines): from documented total time
/// where the family counts time, and from medical decision making where it counts MDM. CPT lets either select the
/// level, so the higher one wins (time on a tie: it is the surer reading).
/// </summary>
public static class VisitLevel
{
    private const string TimeRule = "em-time";
    private const string MdmRule = "em-mdm";

    // Time is a number matched against a table; MDM is a judgement read from cue words, so it is less certain.
    private const double TimeConfidence = 0.8;
    private const double MdmConfidence = 0.6;

    /// <summary>At most one E/M line per encounter: the first visit note, in documented order, that supports a level.</summary>
    public static SuggestedCode? For(IReadOnlyList<ClinicalNote> notes, CareSetting setting) =>
        notes.Select((note, n) => VisitNotes.DocumentsAVisit(note.Type) ? ForNote(note.Text, n, setting) : null).FirstOrDefault(c => c is not null);

    public static SuggestedCode? ForNote(string text, int noteIndex, CareSetting setting)
    {
        if (VisitKinds.Of(text, setting) is not { } kind)
        {
            return null;
        }

        var table = VisitLevelTable.For(kind);
        var byTime = ByTime(table, text, noteIndex);
        var byMdm = ByMdm(table, text, noteIndex);
        if (byTime is null || byMdm is null)
        {
            return byTime ?? byMdm;
        }

        return table.RankOf(byMdm.Code) > table.RankOf(byTime.Code) ? byMdm : byTime;
    }

    private static SuggestedCode? ByTime(VisitLevelTable table, string text, int noteIndex) =>
        DocumentedTime.In(text, noteIndex) is { } time && table.CodeFor(time.Minutes) is { } code
            ? new SuggestedCode(CodeSystems.Cpt, code, $"{table.Name}, {time.Minutes} minutes total time", TimeConfidence, [time.Evidence], TimeRule)
            : null;

    private static SuggestedCode? ByMdm(VisitLevelTable table, string text, int noteIndex) =>
        table.ByMdm is not null && MedicalDecisionMaking.Of(text, noteIndex) is { } mdm && table.CodeFor(mdm.Level) is { } code
            ? new SuggestedCode(CodeSystems.Cpt, code, $"{table.Name}, {Describe(mdm.Level)} MDM", MdmConfidence, mdm.Evidence, MdmRule)
            : null;

    private static string Describe(MdmLevel level) => level switch
    {
        MdmLevel.Straightforward => "straightforward",
        MdmLevel.Low => "low",
        MdmLevel.Moderate => "moderate",
        _ => "high",
    };
}
