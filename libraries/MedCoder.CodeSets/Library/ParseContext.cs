using MedCoder.CodeSets.Files;
using MedCoder.CodeSets.Icd10Cm;

namespace MedCoder.CodeSets.Library;

/// <summary>What a parser may need besides its own file: the other files and the parsed ICD-10-CM code lists.</summary>
internal sealed record ParseContext(IReadOnlyList<SourceFile> Files, IReadOnlyDictionary<string, Icd10CmRelease> Icd10CmByVersion)
{
    public SourceFile? Find(SourceKind kind) => Files.LastOrDefault(f => f.Kind == kind);

    /// <summary>A release split over several files (CMS's PTP f1..f4): the first file and the later parts of the same release, in name order.</summary>
    public IReadOnlyList<string> WithParts(SourceFile first, SourceKind partKind) =>
        [first.Path, .. Files.Where(f => f.Kind == partKind && f.Version.StartsWith(first.Version + SourceKind.PartSeparator, StringComparison.Ordinal)
            && string.Equals(Path.GetDirectoryName(f.Path), Path.GetDirectoryName(first.Path), StringComparison.Ordinal)).Select(f => f.Path).Order(StringComparer.Ordinal)];

    /// <summary>The ICD-10-CM codes of the file's fiscal year: notes are kept only for codes that exist in it.</summary>
    public Icd10CmRelease Release(SourceFile file) =>
        Icd10CmByVersion.TryGetValue(file.Version, out var release)
            ? release
            : throw new CodeSetFormatException(file.Path, 1, $"no ICD-10-CM order file of {file.Version} to check its codes against");
}
