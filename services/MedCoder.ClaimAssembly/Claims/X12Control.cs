namespace MedCoder.ClaimAssembly.Claims;

/// <summary>The interchange control number (ISA13, also GS06) a claim was first rendered under, and when.</summary>
public sealed record X12Control(long InterchangeNumber, DateTimeOffset CreatedAt);
