namespace MedCoder.Contracts.Encounters;

/// <summary>The insured person whose coverage pays (837 loop 2010BA): the patient themselves or, e.g., a parent.</summary>
public sealed record Subscriber(PersonName Name, DateOnly BirthDate, AdministrativeSex Sex, SubscriberRelationship Relationship, PostalAddress Address);
