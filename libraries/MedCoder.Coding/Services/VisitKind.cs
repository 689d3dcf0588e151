using System.Text.RegularExpressions;
using MedCoder.Contracts.Encounters;

namespace MedCoder.Coding.Services;

/// <summary>Which E/M code family a note belongs to, from the care setting and what the note says it is.</summary>
public enum VisitKind
{
    OfficeNew,
    OfficeEstablished,
    Emergency,
    HospitalInitial,
    HospitalSubsequent,
    HospitalDischarge,
}

public static partial class VisitKinds
{
    /// <summary>
    /// Null for hospital outpatient: the facility reports clinic visits differently (G0463 / APC), so no E/M is
    /// suggested there. An inpatient note is the admission unless it says it is a progress or discharge note.
    /// </summary>
    public static VisitKind? Of(string text, CareSetting setting) => setting switch
    {
        CareSetting.Office => NewPatient().IsMatch(text) ? VisitKind.OfficeNew : VisitKind.OfficeEstablished,
        CareSetting.Emergency => VisitKind.Emergency,
        CareSetting.Inpatient when Discharge().IsMatch(text) => VisitKind.HospitalDischarge,
        CareSetting.Inpatient when Subsequent().IsMatch(text) => VisitKind.HospitalSubsequent,
        CareSetting.Inpatient => VisitKind.HospitalInitial,
        _ => null,
    };

    [GeneratedRegex(@"\bnew patient\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NewPatient();

    // "Discharged home" / "patient was discharged", not "may be discharged tomorrow" in a progress note.
    [GeneratedRegex(@"\bdischarge summary\b|\b(?:patient|pt|he|she) (?:was |is being )?discharged\b|\bdischarged (?:home|to)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Discharge();

    [GeneratedRegex(@"\bprogress note\b|\bsubsequent\b|\bhospital day\s*#?\s*\d+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Subsequent();
}
