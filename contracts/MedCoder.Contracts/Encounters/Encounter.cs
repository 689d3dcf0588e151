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
    IReadOnlyList<Charge> Charges)
{
    /// <summary>Billing provider details an 837 needs (added field; null from older producers and submissions without it).</summary>
    public BillingProvider? BillingProvider { get; init; }

    /// <summary>The rendering provider's name (837P loop 2310B; added field, null when not sent).</summary>
    public PersonName? RenderingProviderName { get; init; }

    /// <summary>The insured subscriber (added field; null from older producers and submissions without it).</summary>
    public Subscriber? Subscriber { get; init; }

    /// <summary>Facility claim data (type of bill, admission, discharge, attending; added field, null when not sent).</summary>
    public InstitutionalStay? Institutional { get; init; }
}
