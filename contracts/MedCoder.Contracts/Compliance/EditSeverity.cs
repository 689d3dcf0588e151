namespace MedCoder.Contracts.Compliance;

/// <summary>
/// An error stops the encounter (EncounterFailed) and needs a fix; a warning travels with CodingValidated for review
/// (a coder may override it with a reason); info only informs (added member; older consumers never receive it in
/// an EncounterFailed reason, which lists errors only).
/// </summary>
public enum EditSeverity { Error, Warning, Info }
