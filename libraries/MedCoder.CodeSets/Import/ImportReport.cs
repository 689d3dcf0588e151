namespace MedCoder.CodeSets.Import;

public sealed record ImportedFile(string RelativePath, string Kind, string Version, string Contents);

/// <summary>What a release folder holds and what is wrong with it. Errors block the install; warnings are for a person to read.</summary>
public sealed record ImportReport(IReadOnlyList<ImportedFile> Files, IReadOnlyList<string> Errors, IReadOnlyList<string> Warnings)
{
    public bool CanInstall => Errors.Count == 0 && Files.Count > 0;
}
