namespace MedCoder.SyntheticEncounters;

/// <summary>
/// The condition catalogue: primary diagnoses (split by specialty across the DemoConditions.*.cs files) and the
/// chronic comorbidities that can accompany them. Every ExpectedIcd10Cm is a billable FY2026 ICD-10-CM code whose
/// long-description words all appear in the AssessmentPhrase.
/// </summary>
public static partial class DemoConditions
{
    public static IReadOnlyList<DemoCondition> All { get; } =
    [
        .. Respiratory(),
        .. Cardiovascular(),
        .. DigestiveAndRenal(),
        .. Musculoskeletal(),
        .. MedicineAndBehavioral(),
    ];

    public static IReadOnlyList<DemoComorbidity> Comorbidities { get; } =
    [
        new("Hypertension", "HTN", "Essential (primary) hypertension", "I10")
        {
            MedicationChoices = ["lisinopril 20 mg PO daily", "amlodipine 5 mg PO daily", "losartan 50 mg PO daily"],
            Plan = "BP at goal on home regimen; continue {med}.",
            InpatientPlan = "Continue {med}; hold for SBP < 100.",
        },
        new("Hyperlipidemia", "HLD", "Hyperlipidemia", "E78.5")
        {
            MedicationChoices = ["atorvastatin 40 mg PO nightly", "rosuvastatin 10 mg PO daily"],
            Plan = "Continue {med}; repeat lipid panel at annual visit.",
        },
        new("Type 2 diabetes mellitus", "DM2", "Type 2 diabetes mellitus without complications", "E11.9")
        {
            MinAge = 35,
            MedicationChoices = ["metformin 1000 mg PO BID", "metformin 500 mg PO BID"],
            Plan = "Last A1c 6.9%. Continue {med}; diabetic foot and eye exams up to date.",
            InpatientPlan = "Hold {med} while inpatient; insulin lispro sliding scale with fingerstick glucose AC/HS.",
        },
        new("Hypothyroidism", "hypothyroidism", "Hypothyroidism", "E03.9")
        {
            MedicationChoices = ["levothyroxine 75 mcg PO daily", "levothyroxine 100 mcg PO daily"],
            Plan = "Clinically euthyroid; continue {med}.",
        },
        new("GERD", "GERD", "Gastro-esophageal reflux disease without esophagitis", "K21.9")
        {
            MinAge = 25,
            MedicationChoices = ["omeprazole 20 mg PO daily", "pantoprazole 40 mg PO daily"],
            Plan = "Symptoms controlled; continue {med}.",
        },
        new("Obesity", "obesity", "Obesity", "E66.9")
        {
            MinAge = 25,
            Plan = "Counseled on diet and physical activity; goal 5-10% weight loss.",
            InpatientPlan = "Dietitian consult; encourage early ambulation.",
        },
        new("Allergic rhinitis", "allergic rhinitis", "Allergic rhinitis", "J30.9")
        {
            MinAge = 18,
            MedicationChoices = ["loratadine 10 mg PO daily PRN", "fluticasone nasal spray 2 sprays each nostril daily"],
            Plan = "Stable; continue {med}.",
        },
    ];

    private static DemoCharge C(string code, int units = 1, string? modifier = null, ChargeKind kind = ChargeKind.Ancillary) =>
        new(code, units, modifier, kind);
}
