namespace MedCoder.ClaimAssembly.Claims;

public sealed record ClaimDiagnosis(int Pointer, string Code, string Description)
{
    /// <summary>Present-on-admission indicator (Y, N, U, W) for inpatient claims; null when the coding did not determine it (added field).</summary>
    public string? PresentOnAdmission { get; init; }
}
