namespace MedCoder.Contracts.Compliance;

/// <summary>An error stops the encounter (EncounterFailed); a warning travels with CodingValidated.</summary>
public enum EditSeverity { Error, Warning }
