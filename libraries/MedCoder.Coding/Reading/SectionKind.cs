namespace MedCoder.Coding.Reading;

/// <summary>What a section of a note is about; decides what its mentions may be coded as, and their order.</summary>
public enum SectionKind
{
    /// <summary>Text before any header, or under a header that says nothing about coding (anesthesia, surgeon, dates).</summary>
    Other,
    ChiefComplaint,
    Hpi,
    PastMedicalHistory,
    PastSurgicalHistory,
    FamilyHistory,
    SocialHistory,
    Allergies,
    Medications,
    Ros,
    Exam,
    Labs,
    Imaging,
    Assessment,
    Plan,
    PreoperativeDiagnosis,
    PostoperativeDiagnosis,
    Procedures,
    Findings,
    Complications,
    Indications,
    DischargeDiagnoses,
    HospitalCourse,
}

/// <summary>How each kind of section counts for coding.</summary>
public static class SectionKinds
{
    /// <summary>Sections whose statements are the encounter's diagnoses (the provider's diagnostic statement, and the plan beside it).</summary>
    public static bool IsDiagnostic(SectionKind kind) => DiagnosticPriority(kind) >= 0;

    /// <summary>
    /// The order diagnostic sections are coded in: the final statement (discharge, postoperative diagnosis) first, then
    /// the assessment, the preoperative diagnosis, the plan; -1 for sections that are not diagnostic statements.
    /// </summary>
    public static int DiagnosticPriority(SectionKind kind) => kind switch
    {
        SectionKind.DischargeDiagnoses or SectionKind.PostoperativeDiagnosis => 0,
        SectionKind.Assessment => 1,
        SectionKind.PreoperativeDiagnosis => 2,
        SectionKind.Plan => 3,
        _ => -1,
    };

    /// <summary>The sections whose direct statements may be released without a coder: the provider's final diagnostic statement.</summary>
    public static bool IsFinalStatement(SectionKind kind) => DiagnosticPriority(kind) is 0 or 1;

    /// <summary>Past medical and surgical history: what the patient had, not what this encounter treats.</summary>
    public static bool IsPastHistory(SectionKind kind) => kind is SectionKind.PastMedicalHistory or SectionKind.PastSurgicalHistory;
}
