namespace MedCoder.Contracts.Encounters;

/// <summary>The billing provider's details in a submission (see <see cref="BillingProvider"/>).</summary>
public sealed class BillingProviderSubmission
{
    public string? Name { get; set; }
    public AddressSubmission? Address { get; set; }
    /// <summary>NUCC provider taxonomy code, 10 characters (e.g. 282N00000X general acute care hospital).</summary>
    public string? Taxonomy { get; set; }
    /// <summary>Federal employer identification number, 9 digits (a hyphen after the second is accepted).</summary>
    public string? TaxId { get; set; }
    /// <summary>Billing office phone, 10 digits.</summary>
    public string? Phone { get; set; }
}
