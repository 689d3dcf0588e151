namespace MedCoder.SyntheticEncounters;

// Catalogue types for the synthetic encounter generator (see SyntheticEncounterFactory for the API).
//
// Template placeholders allowed in HPI, hospital-course and plan text:
//   {he} {He} {his} {His} {him}  pronouns matching the patient's sex
//   {parent}                     "mother" or "father" (pediatric openings)
//   {days}                       symptom duration in days (2-5)
//   {los}                        inpatient length of stay in days (discharge day)

/// <summary>Setting strings accepted by <c>EncounterSubmission.Setting</c>.</summary>
public static class DemoSettings
{
    public const string Inpatient = "inpatient";
    public const string Outpatient = "outpatient";
    public const string Emergency = "emergency";
    public const string Office = "office";

    public static IReadOnlyList<string> All { get; } = [Inpatient, Outpatient, Emergency, Office];
}

/// <summary>Sex restriction of a condition (sex-specific diagnoses only occur in that sex).</summary>
public enum DemoSex
{
    Any,
    Female,
    Male,
}

/// <summary>
/// A primary diagnosis the generator can document. <see cref="AssessmentPhrase"/> is written verbatim in the
/// ASSESSMENT / DISCHARGE DIAGNOSES section and a coder would assign <see cref="ExpectedIcd10Cm"/> (FY2026,
/// billable, with dot) for it.
/// </summary>
public sealed record DemoCondition(string Name, string AssessmentPhrase, string ExpectedIcd10Cm)
{
    /// <summary>Settings (<see cref="DemoSettings"/>) in which this condition is the reason for the encounter.</summary>
    public required IReadOnlyList<string> Settings { get; init; }

    public int MinAge { get; init; } = 18;
    public int MaxAge { get; init; } = 90;
    public DemoSex Sex { get; init; } = DemoSex.Any;

    /// <summary>1 (low) to 3 (high); drives the E/M level.</summary>
    public int Acuity { get; init; } = 2;

    public required IReadOnlyList<string> ChiefComplaints { get; init; }

    /// <summary>Each continues "&lt;age&gt;-year-old &lt;sex&gt; with ... who": e.g. "presents with ...".</summary>
    public required IReadOnlyList<string> HpiOpenings { get; init; }

    /// <summary>Supporting HPI sentences; two or three are used, in catalogue order.</summary>
    public IReadOnlyList<string> HpiDetails { get; init; } = [];

    public IReadOnlyList<string> RosPositives { get; init; } = [];

    /// <summary>Symptoms the patient denies ("Denies chest pain, ...").</summary>
    public IReadOnlyList<string> PertinentNegatives { get; init; } = [];

    /// <summary>PAST MEDICAL HISTORY entries that belong to the primary condition itself (e.g. "COPD").</summary>
    public IReadOnlyList<string> HistoryItems { get; init; } = [];

    public IReadOnlyList<string> HomeMedications { get; init; } = [];

    public VitalsProfile Vitals { get; init; } = VitalsProfile.Normal;

    /// <summary>"System: finding" lines; a system named like a default exam line replaces it, others are appended.</summary>
    public IReadOnlyList<string> Exam { get; init; } = [];

    /// <summary>Labs, imaging and ECG results (DIAGNOSTIC DATA).</summary>
    public IReadOnlyList<string> Results { get; init; } = [];

    /// <summary>Plan for ambulatory settings (office, outpatient, and emergency unless <see cref="EmergencyPlan"/>).</summary>
    public required IReadOnlyList<string> Plan { get; init; }

    public IReadOnlyList<string>? EmergencyPlan { get; init; }
    public IReadOnlyList<string>? InpatientPlan { get; init; }

    /// <summary>Inpatient discharge-summary narrative.</summary>
    public string? HospitalCourse { get; init; }

    /// <summary>New medications at discharge (inpatient), in addition to the home medications.</summary>
    public IReadOnlyList<string> DischargeMedications { get; init; } = [];

    /// <summary>Procedure name listed under PROCEDURES: (e.g. "Laparoscopic appendectomy").</summary>
    public string? Procedure { get; init; }

    /// <summary>Bedside procedure narrative written after the procedure name (minor procedures).</summary>
    public string? ProcedureNote { get; init; }

    /// <summary>Set for surgical conditions: an operative note is written and post-op visits are bundled.</summary>
    public OperativeDetails? Operation { get; init; }

    public string Disposition { get; init; } = "Discharged home in stable condition. Return precautions reviewed; understanding verbalized.";

    /// <summary>True when the plan anticoagulates (no separate VTE prophylaxis line).</summary>
    public bool TherapeuticAnticoagulation { get; init; }

    public IReadOnlyList<DemoCharge> Charges { get; init; } = [];

    /// <summary>Comorbidity codes never combined with this condition (e.g. I10 with heart failure, which codes to I11.0).</summary>
    public IReadOnlyList<string> ExcludedComorbidityCodes { get; init; } = [];

    public bool IsSurgical => Operation is not null;
}

/// <summary>Operative-note content of a surgical condition.</summary>
/// <param name="HospitalDay">Day of surgery counted from admission (0 = day of admission).</param>
public sealed record OperativeDetails(string Findings, string Technique, string Specimen, int HospitalDay = 0);

/// <summary>
/// A chronic condition listed in PAST MEDICAL HISTORY (as <see cref="PmhTerm"/>) and again in the assessment as
/// <see cref="AssessmentPhrase"/>, coded as <see cref="ExpectedIcd10Cm"/>.
/// </summary>
public sealed record DemoComorbidity(string Name, string PmhTerm, string AssessmentPhrase, string ExpectedIcd10Cm)
{
    public int MinAge { get; init; } = 30;

    /// <summary>One is chosen per encounter; it appears in MEDICATIONS and replaces {med} in the plans.</summary>
    public IReadOnlyList<string> MedicationChoices { get; init; } = [];

    public required string Plan { get; init; }
    public string? InpatientPlan { get; init; }
}

/// <summary>Vital-sign ranges (inclusive) for a condition.</summary>
public sealed record VitalsProfile(
    decimal TempMinC, decimal TempMaxC,
    int HeartRateMin, int HeartRateMax,
    int SystolicMin, int SystolicMax,
    int DiastolicMin, int DiastolicMax,
    int RespiratoryRateMin, int RespiratoryRateMax,
    int SpO2Min, int SpO2Max)
{
    public static VitalsProfile Normal { get; } = new(36.5m, 37.2m, 62, 88, 112, 134, 66, 84, 14, 18, 96, 99);

    /// <summary>Used instead of <see cref="Normal"/> for children under 12.</summary>
    public static VitalsProfile Child { get; } = new(36.5m, 37.2m, 84, 110, 94, 110, 54, 70, 18, 24, 97, 100);
}
