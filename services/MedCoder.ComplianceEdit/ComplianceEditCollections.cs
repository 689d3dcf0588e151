using MedCoder.ComplianceEdit.Validation;
using MedCoder.Storage;

namespace MedCoder.ComplianceEdit;

public sealed class ComplianceEditCollections(IDocumentStore store, OutboxSignal outboxSignal)
{
    public const string ValidationsName = "validations";

    public IDocumentCollection<ValidationRecord> Validations { get; } = store.Collection<ValidationRecord>(ValidationsName);

    public OutboxSignal OutboxSignal { get; } = outboxSignal;
}
