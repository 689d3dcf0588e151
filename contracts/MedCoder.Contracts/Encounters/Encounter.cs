namespace MedCoder.Contracts.Encounters;

/// <summary>A validated encounter as accepted by Intake; immutable, carried downstream.</summary>
public sealed record Encounter(
    EncounterKey Key,
    int Revision,
    CareSetting Setting,
    DateOnly ServiceStart,
    DateOnly ServiceEnd,
    Patient Patient,
    string RenderingProviderNpi,
    string BillingProviderNpi,
    Coverage Coverage,
    IReadOnlyList<ClinicalNote> Notes,
    IReadOnlyList<Charge> Charges);
