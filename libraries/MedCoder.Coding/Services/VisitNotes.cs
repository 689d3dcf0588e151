namespace MedCoder.Coding.Services;

/// <summary>
/// Which notes document a provider's visit, the only documentation an E/M level is read from. Reports of other
/// kinds (published case reports, imaging, pathology, laboratory, letters) describe findings or a story, not the
/// visit's decision making, so they never set a level. Unknown types count as visit notes.
/// </summary>
public static class VisitNotes
{
    private static readonly HashSet<string> NotVisits = new(StringComparer.OrdinalIgnoreCase)
    {
        "case-report", "radiology", "radiology-report", "imaging", "pathology", "pathology-report", "lab", "laboratory", "letter",
    };

    public static bool DocumentsAVisit(string noteType) => !NotVisits.Contains(noteType.Trim());
}
