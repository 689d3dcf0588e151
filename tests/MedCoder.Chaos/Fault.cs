namespace MedCoder.Chaos;

/// <summary>A fault injected at a share of the submission time, and what came of it.</summary>
public sealed record Fault(double At, string Name, Func<Task<string>> Inject);
