namespace MedCoder.ServiceDefaults.Outbox;

/// <summary>A service store whose collections carry outbox entries; the dispatcher service runs one loop per registration.</summary>
public sealed record OutboxRegistration(string StoreName, IReadOnlyList<string> Collections);
