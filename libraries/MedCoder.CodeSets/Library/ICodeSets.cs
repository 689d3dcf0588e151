namespace MedCoder.CodeSets.Library;

/// <summary>The code sets, versioned by date of service; what the other services depend on.</summary>
public interface ICodeSets
{
    /// <summary>The immutable set of versions in force on a date of service (flagged where none is loaded for that date).</summary>
    CodeSetSnapshot For(DateOnly dateOfService);

    /// <summary>
    /// The snapshot for a date of service with the ICD-10-CM edition the caller pins (the version the codes were
    /// chosen against) when that edition is loaded; otherwise the date's edition, and the snapshot says the pin was not honoured.
    /// </summary>
    CodeSetSnapshot For(DateOnly dateOfService, string? pinnedIcd10CmVersion);

    IReadOnlyList<LoadedVersion> Versions { get; }

    /// <summary>Every loaded release of one kind of table, oldest first.</summary>
    IEnumerable<LoadedTable> ReleasesOf(SourceKind kind);

    /// <summary>Every loaded ICD-10-CM fiscal year, oldest first.</summary>
    IEnumerable<Icd10CmEdition> Icd10CmEditions { get; }
}
