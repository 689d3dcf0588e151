using MedCoder.ServiceDefaults.Outbox;

namespace MedCoder.ClaimAssembly.PayerApi;

/// <summary>GET /api/stats/claim-assembly: claims per status and the service's outbox.</summary>
public sealed record ClaimAssemblyStats(string Service, OutboxStatus? Outbox, long Ready, long Acknowledged)
{
    /// <summary>Claims a payer's 999 or 277CA rejected (added field).</summary>
    public long Rejected { get; init; }
}
