namespace MedCoder.Contracts.Encounters;

/// <summary>
/// What a facility (institutional, 837I) claim carries beyond the encounter: the type of bill (facility type,
/// classification and frequency, e.g. "0111" inpatient hospital admit-through-discharge), the admission (date, hour,
/// NUBC type and source), the patient's discharge status (NUBC two digits) and the attending provider.
/// </summary>
/// <param name="AdmissionHour">0-23; null when unknown.</param>
public sealed record InstitutionalStay(
    string TypeOfBill,
    DateOnly AdmissionDate,
    int? AdmissionHour,
    string AdmissionType,
    string AdmissionSource,
    string DischargeStatus,
    AttendingProvider Attending)
{
    /// <summary>The hour (0-23) an inpatient left (837I DTP*096, required when the patient was discharged); null when unknown.</summary>
    public int? DischargeHour { get; init; }
}
