namespace MedCoder.Contracts.Encounters;

/// <summary>A US postal address as the 837 carries it (N3/N4): two street lines, city, state, ZIP+4 (9 digits, no hyphen).</summary>
public sealed record PostalAddress(string Line1, string? Line2, string City, string State, string PostalCode);
