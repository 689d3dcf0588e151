using MedCoder.Contracts.Coding;
using MedCoder.Contracts.Encounters;

namespace MedCoder.Coding.Lines;

/// <summary>The lines a claim bills and the documented services left unbilled (docs/architecture.md#claim-lines).</summary>
public sealed record ServiceLines(IReadOnlyList<ServiceLine> Lines, IReadOnlyList<UnbilledService> Unbilled)
{
    /// <summary>
    /// The lines a message carries; a message from a producer older than the lines (still in flight during an
    /// upgrade) carries none, and gets the same reconciliation here.
    /// </summary>
    public static ServiceLines Carried(IReadOnlyList<ServiceLine>? lines, IReadOnlyList<UnbilledService>? unbilled, Encounter encounter, IReadOnlyList<SuggestedCode> codes) =>
        lines is null ? ChargeReconciler.Reconcile(encounter.Charges, codes) : new ServiceLines(lines, unbilled ?? []);
}
