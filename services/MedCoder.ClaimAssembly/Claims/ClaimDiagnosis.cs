namespace MedCoder.ClaimAssembly.Claims;

public sealed record ClaimDiagnosis(int Pointer, string Code, string Description);
