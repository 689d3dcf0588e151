using MedCoder.Coding.Lines;
using MedCoder.ComplianceEdit.Edits;
using MedCoder.Contracts;
using MedCoder.Contracts.Coding;
using MedCoder.Contracts.Compliance;
using MedCoder.Contracts.Intake;
using MedCoder.ServiceDefaults.Messaging;
using MedCoder.ServiceDefaults.Telemetry;
using MedCoder.Storage;

namespace MedCoder.ComplianceEdit.Validation;

/// <summary>Runs the edit families once per revision, against the code-set version the coding named; clean coding goes on as CodingValidated, errors stop it as EncounterFailed.</summary>
public sealed class ValidationService(ComplianceEditCollections collections, EditRunner edits, PipelineMetrics metrics, TimeProvider clock)
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
        var errors = findings.Where(f => f.Severity == EditSeverity.Error).ToList();
        var now = clock.GetUtcNow();
        var outbox = errors.Count == 0
            ? OutboxMessages.For(new CodingValidated(suggested.Key, suggested.Revision, suggested.CorrelationId, suggested.Encounter, suggested.Codes, findings, suggested.CodeSetVersion, suggested.ReceivedAt, lines.Lines, lines.Unbilled), Stages.Validated)
            : OutboxMessages.For(new EncounterFailed(suggested.Key, suggested.Revision, suggested.CorrelationId, Stages.Validated, Reason(errors)), Stages.Failed);
        var record = new ValidationRecord(id, suggested.Key, suggested.Revision, errors.Count == 0, findings, now);
        var status = errors.Count == 0 ? Stages.Validated : Stages.Failed;
        if ((await collections.Validations.InsertIfAbsentAsync(new DocumentWrite<ValidationRecord>(id, record, suggested.Key.Organization, status, [outbox]), cancellationToken)).Inserted)
        {
            collections.OutboxSignal.Notify();
            metrics.Processed(Stages.Validated, status, now - suggested.ReceivedAt);
        }
    }

    /// <summary>Edit ids and counts only: the reason travels to Intake's status and must carry no PHI.</summary>
    private static string Reason(IReadOnlyList<EditFinding> errors) =>
        "compliance edits failed: " + string.Join(", ", errors.GroupBy(e => e.EditId).Select(g => $"{g.Key} x{g.Count()}"));
}
