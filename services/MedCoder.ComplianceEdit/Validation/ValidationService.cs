using MedCoder.Coding.Lines;
using MedCoder.ComplianceEdit.Edits;
using MedCoder.ComplianceEdit.Worklist;
using MedCoder.Contracts;
using MedCoder.Contracts.Coding;
using MedCoder.Contracts.Compliance;
using MedCoder.ServiceDefaults.Messaging;
using MedCoder.ServiceDefaults.Telemetry;
using MedCoder.Storage;
using Microsoft.Extensions.Options;

namespace MedCoder.ComplianceEdit.Validation;

/// <summary>
/// Runs the edit families once per revision, against the code-set version the coding named. A suggestion the engine routed
/// to review, or with an edit error or warning, is held on the coder worklist (CodingHeld); the rest goes on as
/// CodingValidated. A held earlier revision of the same encounter is superseded (docs/architecture.md#worklist-and-audit).
/// </summary>
public sealed class ValidationService(ComplianceEditCollections collections, EditRunner edits, WorklistClosure closure, PipelineMetrics metrics, WorklistMetrics worklistMetrics, TimeProvider clock, IOptions<WorklistSettings>? settings = null)
{
    public async Task ValidateAsync(CodesSuggested suggested, CancellationToken cancellationToken)
    {
        var id = suggested.Key.ResourceId(suggested.Revision);
        if (await collections.Validations.GetAsync(id, cancellationToken) is not null)
        {
            return;
        }

        var lines = ServiceLines.Carried(suggested.Lines, suggested.Unbilled, suggested.Encounter, suggested.Codes);
        var findings = edits.Run(suggested.Encounter, suggested.Codes, lines.Lines, suggested.CodeSetVersion);
        var reasons = HoldPolicy.Reasons(suggested.Route, findings);
        var now = clock.GetUtcNow();
        var status = reasons.Count > 0 ? WorklistStatus.Held
            : settings?.Value.Samples(id) == true ? WorklistStatus.AuditPending
            : WorklistStatus.AutoReleased;
        await closure.CloseAsync(suggested.Key, suggested.Revision - 1, WorklistStatus.Superseded, now, cancellationToken);

        // The item (and its audit trail) is written first: a crash before the validation record below redelivers the
        // message, and both writes are insert-if-absent, so a held encounter is never lost.
        var item = new WorklistItem(
            id, suggested.Key, suggested.Revision, suggested.CorrelationId, status, 1,
            suggested,
            suggested.Codes, findings, reasons, lines.Lines, lines.Unbilled, ClaimValue(lines.Lines), now,
            [.. AuditTrail.OnArrival(suggested, findings, status, reasons, now)], []);
        IReadOnlyList<OutboxMessage> held = status == WorklistStatus.Held
            ? [OutboxMessages.For(new CodingHeld(suggested.Key, suggested.Revision, suggested.CorrelationId, id, reasons, now), Stages.HeldForReview)]
            : [];
        var itemWrite = await collections.Worklist.InsertIfAbsentAsync(new DocumentWrite<WorklistItem>(id, item, suggested.Key.Organization, status, held), cancellationToken);

        IReadOnlyList<OutboxMessage> outbox = status != WorklistStatus.Held
            ? [OutboxMessages.For(new CodingValidated(suggested.Key, suggested.Revision, suggested.CorrelationId, suggested.Encounter, suggested.Codes, findings, suggested.CodeSetVersion, suggested.ReceivedAt, lines.Lines, lines.Unbilled), Stages.Validated)]
            : [];
        var stage = status == WorklistStatus.Held ? Stages.HeldForReview : Stages.Validated;
        var passed = findings.All(f => f.Severity != EditSeverity.Error);
        var record = new ValidationRecord(id, suggested.Key, suggested.Revision, passed, findings, now);
        var inserted = (await collections.Validations.InsertIfAbsentAsync(new DocumentWrite<ValidationRecord>(id, record, suggested.Key.Organization, stage, outbox), cancellationToken)).Inserted;
        if (inserted || itemWrite.Inserted)
        {
            collections.OutboxSignal.Notify();
        }

        if (inserted)
        {
            metrics.Processed(Stages.Validated, stage, now - suggested.ReceivedAt);
            worklistMetrics.Routed(status);
        }
    }

    /// <summary>The worklist's "claim value" order; amounts past decimal's range are ClaimAssembly's rule to name, not a reason to fail here.</summary>
    private static decimal ClaimValue(IReadOnlyList<ServiceLine> lines)
    {
        try
        {
            return lines.Sum(l => l.Amount);
        }
        catch (OverflowException)
        {
            return decimal.MaxValue;
        }
    }
}
