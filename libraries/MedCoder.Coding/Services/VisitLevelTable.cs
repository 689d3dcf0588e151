namespace MedCoder.Coding.Services;

/// <summary>
/// One E/M code family: codes lowest to highest, the code for each MDM level (null where the family is not
/// levelled by MDM), and the total-time thresholds (highest first; empty where time does not count).
/// CPT numbers only; the names are our own short wording.
/// </summary>
public sealed record VisitLevelTable(string Name, IReadOnlyList<string> Codes, IReadOnlyList<string>? ByMdm, IReadOnlyList<(int Minutes, string Code)> ByTime)
{
    // Office, CPT 2021: 99202–99205 new, 99212–99215 established (99211 needs no practitioner MDM, never from MDM).
    private static readonly VisitLevelTable OfficeNew = new(
        "Office visit, new patient", ["99202", "99203", "99204", "99205"], ["99202", "99203", "99204", "99205"],
        [(60, "99205"), (45, "99204"), (30, "99203"), (15, "99202")]);

    private static readonly VisitLevelTable OfficeEstablished = new(
        "Office visit, established patient", ["99212", "99213", "99214", "99215"], ["99212", "99213", "99214", "99215"],
        [(40, "99215"), (30, "99214"), (20, "99213"), (10, "99212")]);

    // Emergency department, CPT 2023: by MDM only. 99281 may not need a physician, so straightforward MDM is 99282.
    private static readonly VisitLevelTable Emergency = new(
        "Emergency department visit", ["99282", "99283", "99284", "99285"], ["99282", "99283", "99284", "99285"], []);

    // Hospital inpatient or observation care, CPT 2023: straightforward and low MDM share the first level.
    private static readonly VisitLevelTable HospitalInitial = new(
        "Initial hospital care", ["99221", "99222", "99223"], ["99221", "99221", "99222", "99223"],
        [(75, "99223"), (55, "99222"), (40, "99221")]);

    private static readonly VisitLevelTable HospitalSubsequent = new(
        "Subsequent hospital care", ["99231", "99232", "99233"], ["99231", "99231", "99232", "99233"],
        [(50, "99233"), (35, "99232"), (25, "99231")]);

    // Discharge day management is by time alone: 30 minutes or less, or more than 30.
    private static readonly VisitLevelTable HospitalDischarge = new(
        "Hospital discharge day management", ["99238", "99239"], null, [(31, "99239"), (1, "99238")]);

    public static VisitLevelTable For(VisitKind kind) => kind switch
    {
        VisitKind.OfficeNew => OfficeNew,
        VisitKind.OfficeEstablished => OfficeEstablished,
        VisitKind.Emergency => Emergency,
        VisitKind.HospitalInitial => HospitalInitial,
        VisitKind.HospitalSubsequent => HospitalSubsequent,
        VisitKind.HospitalDischarge => HospitalDischarge,
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public string? CodeFor(MdmLevel level) => ByMdm?[(int)level];

    public string? CodeFor(int minutes) => ByTime.FirstOrDefault(t => minutes >= t.Minutes).Code;

    /// <summary>Position in the family, to compare a time-based and an MDM-based level.</summary>
    public int RankOf(string code) => Codes.ToList().IndexOf(code);
}
