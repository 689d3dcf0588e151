namespace MedCoder.Contracts.Encounters;

/// <summary>The claim an encounter is billed on: professional (X12 837P, 005010X222A1) or institutional (837I, 005010X223A2).</summary>
public enum ClaimForm { Professional, Institutional }
