namespace MedCoder.Coding.Training.Dictated;

/// <summary>A code a coder assigned to a dictated note: system as MedCoder names it, rank 1 = first-listed diagnosis.</summary>
public sealed record DictatedGoldCode(string System, string Code, int Rank, string Reason);
