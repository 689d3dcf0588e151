using MedCoder.ComplianceEdit.Validation;
using MedCoder.ComplianceEdit.Worklist;
using MedCoder.Storage;

namespace MedCoder.ComplianceEdit;

public sealed class ComplianceEditCollections(IDocumentStore store, OutboxSignal outboxSignal)
{
    public const string ValidationsName = "validations";
    public const string WorklistName = "worklist";

    public IDocumentCollection<ValidationRecord> Validations { get; } = store.Collection<ValidationRecord>(ValidationsName);

    /// <summary>One item per encounter revision, held or not (its audit trail); partition: organization, status: <see cref="WorklistStatus"/>.</summary>
    public IDocumentCollection<WorklistItem> Worklist { get; } = store.Collection<WorklistItem>(WorklistName);

    public OutboxSignal OutboxSignal { get; } = outboxSignal;
}
