namespace MedCoder.CodeSets.Library;

/// <summary>
/// Recognises the files of a code-set folder by path, the way CMS and CDC name them, and dates each
/// release (fiscal year folders, quarter folders, effective dates in file names) by the rules of
/// <see cref="SourceKind"/>. A release is a data drop: adding a folder such as icd10cm/fy2027/ adds a
/// version without a code change.
/// </summary>
public static class CodeSetLayout
{
    /// <summary>Every recognised file under the folder; unrecognised files (PDFs, notes) are ignored.</summary>
    public static IReadOnlyList<SourceFile> Scan(string root)
    {
        if (!Directory.Exists(root))
        {
            throw new DirectoryNotFoundException($"Code-set folder not found: {root}");
        }

        var files = new List<SourceFile>();
        foreach (var path in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(root, path).Replace('\\', '/');
            if (SourceKind.All.Select(kind => kind.Recognise(path, relative)).FirstOrDefault(file => file is not null) is { } file)
            {
                files.Add(file);
            }
        }

        return files;
    }
}
