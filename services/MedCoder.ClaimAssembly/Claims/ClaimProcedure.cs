namespace MedCoder.ClaimAssembly.Claims;

/// <summary>An ICD-10-PCS procedure on an institutional claim, with the date it was performed.</summary>
public sealed record ClaimProcedure(string Code, string Description, DateOnly Date);
