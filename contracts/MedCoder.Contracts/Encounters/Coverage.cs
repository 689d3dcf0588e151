namespace MedCoder.Contracts.Encounters;

public sealed record Coverage(string PayerId, string MemberId);
