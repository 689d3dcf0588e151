namespace MedCoder.Coding.Reading;

/// <summary>What a section of a note is about; decides how much its mentions count and their order.</summary>
public enum SectionKind
{
    Other,
    ChiefComplaint,
    Hpi,
    PastHistory,
    FamilyHistory,
    SocialHistory,
    Ros,
    Exam,
    Assessment,
    Plan,
    Procedures,
    DischargeDiagnoses,
}

/// <summary>Maps a header ("HISTORY OF PRESENT ILLNESS", "Assessment and Plan") to its kind.</summary>
public static class SectionKinds
{
    private static readonly (string Cue, SectionKind Kind)[] Cues =
    [
        ("discharge diagnos", SectionKind.DischargeDiagnoses),
        ("final diagnos", SectionKind.DischargeDiagnoses),
        ("postoperative diagnos", SectionKind.DischargeDiagnoses),
        ("preoperative diagnos", SectionKind.Assessment),
        ("chief complaint", SectionKind.ChiefComplaint),
        ("reason for visit", SectionKind.ChiefComplaint),
        ("present illness", SectionKind.Hpi),
        ("hpi", SectionKind.Hpi),
        ("subjective", SectionKind.Hpi),
        ("family", SectionKind.FamilyHistory),
        ("social", SectionKind.SocialHistory),
        ("surgical history", SectionKind.PastHistory),
        ("past", SectionKind.PastHistory),
        ("pmh", SectionKind.PastHistory),
        ("review of systems", SectionKind.Ros),
        ("ros", SectionKind.Ros),
        ("exam", SectionKind.Exam),
        ("objective", SectionKind.Exam),
        ("vital", SectionKind.Exam),
        ("assessment", SectionKind.Assessment),
        ("impression", SectionKind.Assessment),
        ("diagnos", SectionKind.Assessment),
        ("problem", SectionKind.Assessment),
        ("plan", SectionKind.Plan),
        ("procedure", SectionKind.Procedures),
        ("operation", SectionKind.Procedures),
    ];

    public static SectionKind Of(string header)
    {
        var lower = header.ToLowerInvariant();
        foreach (var (cue, kind) in Cues)
        {
            if (lower.Contains(cue, StringComparison.Ordinal))
            {
                return kind;
            }
        }

        return SectionKind.Other;
    }

    /// <summary>Sections whose statements are the encounter's diagnoses.</summary>
    public static bool IsDiagnostic(SectionKind kind) => kind is SectionKind.Assessment or SectionKind.DischargeDiagnoses or SectionKind.Plan;
}
