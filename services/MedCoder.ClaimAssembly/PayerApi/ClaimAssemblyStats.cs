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

    /// <summary>Claims of withdrawn encounters the payer never had (added field; docs/architecture.md#corrections).</summary>
    public long Withdrawn { get; init; }

    /// <summary>Delivery attempts and circuits (added field; docs/architecture.md#delivery).</summary>
    public DeliveryStats? Delivery { get; init; }
}

/// <summary>
/// The stats route's delivery block: every recorded attempt by outcome (from the store, so every replica's), and the
/// circuits this process opened since it started (the OTLP counter <c>medcoder.delivery.circuit.opened</c> adds them up).
/// </summary>
public sealed record DeliveryStats(IReadOnlyDictionary<string, long> AttemptsByOutcome, long CircuitsOpenedSinceStart);
