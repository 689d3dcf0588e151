using MedCoder.Contracts;
using MedCoder.Storage;

namespace MedCoder.Intake.Submissions;

/// <summary>
/// Admits a revision only if no higher one was admitted before it, by advancing the encounter's head with
/// compare-and-set. The head moves before the revision record is written, so:
/// <list type="bullet">
/// <item>a crash in between leaves the head at R with no record; a retry of R finds head == R and is admitted again;</item>
/// <item>concurrent revisions 2 and 3 race on one compare-and-set: if 3 moves the head first, 2 is refused; if 2 does,
/// 3 follows it. An older revision is never admitted after a newer one.</item>
/// </list>
/// A revision whose head move crashed counts as accepted: a lower revision sent afterwards is refused, and the
/// hospital's retry of the higher one succeeds.
/// </summary>
public sealed class RevisionGate(IDocumentCollection<EncounterHead> heads)
{
    /// <summary>Null when the revision may be written; otherwise the latest accepted revision, which is higher.</summary>
    public async Task<int?> AdmitAsync(EncounterKey key, int revision, CancellationToken cancellationToken)
    {
        var id = HeadId(key);
        var head = await heads.UpdateAsync(id, current => current switch
        {
            null => new DocumentWrite<EncounterHead>(id, new EncounterHead(revision), key.Organization),
            _ when current.Body.LatestRevision >= revision => null, // the same revision again, or a newer one won
            _ => new DocumentWrite<EncounterHead>(id, new EncounterHead(revision), current.Partition),
        }, cancellationToken);

        var latest = head.Body!.LatestRevision;
        return latest > revision ? latest : null;
    }

    /// <summary>The same hex prefix as the revisions' resource ids: identifiers never appear in clear.</summary>
    public static string HeadId(EncounterKey key) => DeterministicId.Hex(key.Organization, key.SourceSystem, key.EncounterId);
}
