namespace MedCoder.Contracts.Encounters;

/// <summary>The clinician responsible for an institutional stay (837I loop 2310A); taxonomy optional.</summary>
public sealed record AttendingProvider(string Npi, PersonName Name, string? Taxonomy = null);
