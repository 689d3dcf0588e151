namespace MedCoder.Contracts.Encounters;

/// <summary>The patient's relationship to the insurance subscriber (837 SBR02 / PAT01: self 18, spouse 01, child 19, other G8).</summary>
public enum SubscriberRelationship { Self, Spouse, Child, Other }
