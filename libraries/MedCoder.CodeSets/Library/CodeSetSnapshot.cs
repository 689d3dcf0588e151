using MedCoder.CodeSets.Versioning;

namespace MedCoder.CodeSets.Library;

/// <summary>The versions in force on one date of service. Immutable; cheap to create per encounter.</summary>
/// <param name="pinnedIcd10CmVersion">The ICD-10-CM version the caller asked for (see <see cref="ICodeSets.For(DateOnly, string?)"/>), if any.</param>
public sealed class CodeSetSnapshot(
    DateOnly dateOfService,
    VersionChoice<Icd10CmEdition> icd10Cm,
    IReadOnlyList<VersionChoice<LoadedTable>> others,
    string? pinnedIcd10CmVersion = null)
{
    public DateOnly DateOfService { get; } = dateOfService;

    public VersionChoice<Icd10CmEdition> Icd10Cm { get; } = icd10Cm;

    /// <summary>The other code sets' tables in force (PCS, HCPCS, MCE, MUE, add-on edits, POS...), one per kind.</summary>
    public IReadOnlyList<VersionChoice<LoadedTable>> Tables { get; } = others;

    /// <summary>The ICD-10-CM version the caller pinned; null when it let the date of service choose.</summary>
    public string? PinnedIcd10CmVersion { get; } = pinnedIcd10CmVersion;

    /// <summary>A version was pinned but is not loaded here, so the date of service chose the edition instead.</summary>
    public bool PinNotLoaded => !string.IsNullOrEmpty(PinnedIcd10CmVersion) && !string.Equals(PinnedIcd10CmVersion, Icd10Cm.Version, StringComparison.Ordinal);

    public VersionChoice<LoadedTable>? Choice(SourceKind kind) => Tables.FirstOrDefault(t => t.Release.Kind == kind);

    public T? Table<T>(SourceKind kind) where T : class => Choice(kind)?.Release.Table as T;

    /// <summary>Every version used that is not the one in force on the date, stated plainly.</summary>
    public IReadOnlyList<string> Warnings =>
        [
            .. PinNotLoaded ? [$"{PinnedIcd10CmVersion} was asked for but is not loaded: {Icd10Cm.Version} used for {DateOfService:yyyy-MM-dd}"] : Array.Empty<string>(),
            .. new[] { (Icd10Cm.Version, Icd10Cm.Status) }
                .Concat(Tables.Select(t => (t.Version, t.Status)))
                .Where(v => v.Status != VersionStatus.InForce)
                .Select(v => $"{v.Version} used for {DateOfService:yyyy-MM-dd}: {Why(v.Status)}"),
        ];

    private static string Why(VersionStatus status) => status switch
    {
        VersionStatus.NotYetReleased => "the release for this date is not loaded",
        VersionStatus.Pinned => "pinned by the caller, though another release is in force on that date",
        _ => "the date is before the oldest loaded release",
    };
}
