using MedCoder.Coding;
using MedCoder.Coding.Lines;
using MedCoder.Contracts;
using MedCoder.Contracts.Coding;
using MedCoder.Contracts.Intake;
using MedCoder.ServiceDefaults.Messaging;
using MedCoder.ServiceDefaults.Telemetry;
using MedCoder.Storage;

namespace MedCoder.CodeSuggestion.Suggestions;

/// <summary>
/// Codes an encounter once per revision (a redelivered EncounterReceived finds the stored record and stops) and
/// reconciles its charges with the coded services into the claim's lines (docs/architecture.md#claim-lines).
/// </summary>
public sealed class SuggestionService(
    CodeSuggestionCollections collections,
    IEncounterCoder coder,
    PipelineMetrics metrics,
    TimeProvider clock)
{
    public async Task SuggestAsync(EncounterReceived received, CancellationToken cancellationToken)
    {
        var id = received.Key.ResourceId(received.Revision);
        if (await collections.Suggestions.GetAsync(id, cancellationToken) is not null)
        {
            return;
        }

        var result = coder.Code(received.Encounter);
        // A message stored before charges existed carries none (null); coding does not need them, the claim rules judge it.
        var lines = ChargeReconciler.Reconcile(received.Encounter.Charges ?? [], result.Codes);
        var now = clock.GetUtcNow();
        var record = new SuggestionRecord(id, received.Key, received.Revision, result.Codes, result.CodeSetVersion, now, result.Queries, result.Route);
        var suggested = new CodesSuggested(received.Key, received.Revision, received.CorrelationId, received.Encounter, result.Codes, result.CodeSetVersion, received.ReceivedAt, result.Queries, result.Route, lines.Lines, lines.Unbilled);
        var write = new DocumentWrite<SuggestionRecord>(id, record, received.Key.Organization, Stages.Coded, [OutboxMessages.For(suggested, Stages.Coded)]);
        if ((await collections.Suggestions.InsertIfAbsentAsync(write, cancellationToken)).Inserted)
        {
            collections.OutboxSignal.Notify();
            metrics.Processed(Stages.Coded, result.Route.AutoRelease ? "auto-released" : "coder-review", now - received.ReceivedAt);
        }
    }
}
