namespace MedCoder.Contracts.Encounters;

/// <summary>A person's name as the 837 carries it (NM103-NM105): PHI, never logged.</summary>
public sealed record PersonName(string Last, string First, string? Middle = null);
