using MedCoder.CodeSets.Versioning;

namespace MedCoder.CodeSets.Library;

/// <summary>The versions in force on one date of service. Immutable; cheap to create per encounter.</summary>
public sealed class CodeSetSnapshot(DateOnly dateOfService, VersionChoice<Icd10CmEdition> icd10Cm, IReadOnlyList<VersionChoice<LoadedTable>> others)
{
    public DateOnly DateOfService { get; } = dateOfService;

    public VersionChoice<Icd10CmEdition> Icd10Cm { get; } = icd10Cm;

    /// <summary>The other code sets' tables in force (PCS, HCPCS, MCE, MUE, add-on edits, POS...), one per kind.</summary>
    public IReadOnlyList<VersionChoice<LoadedTable>> Tables { get; } = others;

    public VersionChoice<LoadedTable>? Choice(SourceKind kind) => Tables.FirstOrDefault(t => t.Release.Kind == kind);

    public T? Table<T>(SourceKind kind) where T : class => Choice(kind)?.Release.Table as T;

    /// <summary>Every version used that is not the one in force on the date, stated plainly.</summary>
    public IReadOnlyList<string> Warnings =>
        [
            .. new[] { (Icd10Cm.Version, Icd10Cm.Status) }
                .Concat(Tables.Select(t => (t.Version, t.Status)))
                .Where(v => v.Status != VersionStatus.InForce)
                .Select(v => $"{v.Version} used for {DateOfService:yyyy-MM-dd}: {(v.Status == VersionStatus.NotYetReleased ? "the release for this date is not loaded" : "the date is before the oldest loaded release")}"),
        ];
}
