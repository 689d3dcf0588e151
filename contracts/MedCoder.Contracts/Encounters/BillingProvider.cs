namespace MedCoder.Contracts.Encounters;

/// <summary>
/// The billing provider of the claim (837 loop 2010AA; its NPI is <see cref="Encounter.BillingProviderNpi"/>): the
/// organization's name, its physical address with a 9-digit ZIP, its NUCC taxonomy code, its federal tax id (EIN,
/// 9 digits) and the billing office's phone, which the 837 names as the submitter's contact.
/// </summary>
public sealed record BillingProvider(string Name, PostalAddress Address, string Taxonomy, string TaxId, string Phone);
