namespace MedCoder.Intake.Submissions;

/// <summary>
/// The latest revision accepted for one encounter key (organization, source system, encounter id). The store port
/// has no query by key, so this small document is what makes "revision 2 after revision 3" detectable; it is advanced
/// with compare-and-set before the revision record is written (see <see cref="RevisionGate"/>).
/// </summary>
public sealed record EncounterHead(int LatestRevision);
