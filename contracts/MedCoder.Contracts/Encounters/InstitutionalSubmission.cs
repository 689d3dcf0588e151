namespace MedCoder.Contracts.Encounters;

/// <summary>Facility claim data in a submission (see <see cref="InstitutionalStay"/>).</summary>
public sealed class InstitutionalSubmission
{
    /// <summary>NUBC type of bill, 3 digits or 4 with a leading zero (e.g. 0111).</summary>
    public string? TypeOfBill { get; set; }
    public DateOnly? AdmissionDate { get; set; }
    /// <summary>0-23, optional.</summary>
    public int? AdmissionHour { get; set; }
    /// <summary>NUBC priority (type) of admission, 1 digit (1 emergency, 2 urgent, 3 elective, 4 newborn, 5 trauma, 9 unknown).</summary>
    public string? AdmissionType { get; set; }
    /// <summary>NUBC point of origin (source) of admission, 1 character.</summary>
    public string? AdmissionSource { get; set; }
    /// <summary>NUBC patient discharge status, 2 digits (e.g. 01 home).</summary>
    public string? DischargeStatus { get; set; }
    /// <summary>0-23, optional: the hour an inpatient was discharged.</summary>
    public int? DischargeHour { get; set; }
    public AttendingProviderSubmission? Attending { get; set; }
}
