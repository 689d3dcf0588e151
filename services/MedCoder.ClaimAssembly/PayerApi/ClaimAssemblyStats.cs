using MedCoder.ServiceDefaults.Outbox;

namespace MedCoder.ClaimAssembly.PayerApi;

/// <summary>GET /api/stats/claim-assembly: claims per status and the service's outbox.</summary>
public sealed record ClaimAssemblyStats(string Service, OutboxStatus? Outbox, long Ready, long Acknowledged)
{
    /// <summary>Claims a payer's 999 or 277CA rejected (added field).</summary>
    public long Rejected { get; init; }

    /// <summary>Claims pushed or written to a batch file (added field; docs/architecture.md#delivery).</summary>
    public long Delivered { get; init; }

    /// <summary>Claims whose delivery gave up, waiting for redelivery (added field).</summary>
    public long DeadLetters { get; init; }

    /// <summary>Claims a later revision superseded (added field; docs/architecture.md#corrections).</summary>
    public long Superseded { get; init; }
}
