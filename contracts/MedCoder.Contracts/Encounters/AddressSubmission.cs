namespace MedCoder.Contracts.Encounters;

/// <summary>A postal address in a submission: line1, line2 (optional), city, state (2 letters), postalCode (9 digits, ZIP+4).</summary>
public sealed class AddressSubmission
{
    public string? Line1 { get; set; }
    public string? Line2 { get; set; }
    public string? City { get; set; }
    public string? State { get; set; }
    public string? PostalCode { get; set; }
}
