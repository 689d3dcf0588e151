namespace MedCoder.Contracts;

/// <summary>Identifies an encounter across every service: who sent it and under which id.</summary>
public sealed record EncounterKey(string Organization, string SourceSystem, string EncounterId)
{
    /// <summary>Stable, URL-safe id of one revision of this encounter; every service derives the same one.</summary>
    public string ResourceId(int revision) => $"{DeterministicId.Hex(Organization, SourceSystem, EncounterId)}-{revision}";

    // Never print identifiers as part of a message: callers log ResourceId instead.
    public override string ToString() => $"EncounterKey({DeterministicId.Hex(Organization, SourceSystem, EncounterId)})";
}
