namespace MedCoder.Contracts.Encounters;

/// <summary>The insured subscriber in a submission (see <see cref="Subscriber"/>).</summary>
public sealed class SubscriberSubmission
{
    public NameSubmission? Name { get; set; }
    public DateOnly? BirthDate { get; set; }
    /// <summary>female | male | unknown</summary>
    public string? Sex { get; set; }
    /// <summary>The patient's relationship to the subscriber: self | spouse | child | other</summary>
    public string? Relationship { get; set; }
    public AddressSubmission? Address { get; set; }
}
