using MedCoder.Contracts;
using MedCoder.Storage;

namespace MedCoder.ComplianceEdit.Worklist;

/// <summary>
/// Takes an encounter's open items off the list when no coder should work them any more (docs/architecture.md#worklist-and-audit):
/// a later revision arrived (superseded) or the hospital withdrew the encounter (withdrawn). Released items are left as
/// they are: their claims are ClaimAssembly's to correct or void. Each close is a compare-and-set write, so a redelivered
/// message changes nothing twice.
/// </summary>
public sealed class WorklistClosure(ComplianceEditCollections collections, WorklistMetrics metrics)
{
    /// <summary>How far back a revision looks for open items of earlier revisions.</summary>
    public const int MaxRevisionsBack = 20;

    /// <summary>Closes the open items of revisions <paramref name="throughRevision"/> and below with <paramref name="status"/>.</summary>
    public async Task CloseAsync(EncounterKey key, int throughRevision, string status, DateTimeOffset now, CancellationToken cancellationToken)
    {
        for (var revision = throughRevision; revision >= Math.Max(1, throughRevision - MaxRevisionsBack); revision--)
        {
            var id = key.ResourceId(revision);
            var update = await collections.Worklist.UpdateAsync(id, current =>
            {
                if (current is null || !WorklistStatus.IsOpen(current.Body.Status))
                {
                    return null;
                }

                var item = current.Body;
                var closed = item with
                {
                    Status = status,
                    Lock = null,
                    Trail = [.. item.Trail, new AuditEntry(now, AuditTrail.Edits, status, item.Version, [], Reason: status == WorklistStatus.Superseded ? "a later revision of the encounter arrived" : "the hospital withdrew the encounter")],
                };
                return new DocumentWrite<WorklistItem>(id, closed, current.Partition, closed.Status);
            }, cancellationToken);
            if (update.Changed)
            {
                metrics.Closed(status);
            }
        }
    }
}
