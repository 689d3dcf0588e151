using MedCoder.ServiceDefaults.Outbox;

namespace MedCoder.ClaimAssembly.PayerApi;

/// <summary>GET /api/stats/claim-assembly: claims per status and the service's outbox.</summary>
public sealed record ClaimAssemblyStats(string Service, OutboxStatus? Outbox, long Ready, long Acknowledged);
