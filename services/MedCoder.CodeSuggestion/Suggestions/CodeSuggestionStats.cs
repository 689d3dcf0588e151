using MedCoder.ServiceDefaults.Outbox;

namespace MedCoder.CodeSuggestion.Suggestions;

/// <summary>GET /api/stats/code-suggestion: the service's outbox and how many encounter revisions it coded.</summary>
public sealed record CodeSuggestionStats(string Service, OutboxStatus? Outbox, long Coded);
