namespace MedCoder.CodeSets.Library;

/// <summary>
/// Where code sets load from: the folder shipped with MedCoder, then the installed releases of MEDCODER_CODESETS_DIR
/// (a release present in both wins from the installed folder), and where the binary cache goes (MEDCODER_CODESETS_CACHE).
/// </summary>
/// <param name="InstalledDirectory">The folder of installed releases; null: the shipped code sets only.</param>
public sealed record CodeSetLocations(string? InstalledDirectory, string CacheDirectory)
{
    public const string DirectoryVariable = "MEDCODER_CODESETS_DIR";
    public const string CacheVariable = "MEDCODER_CODESETS_CACHE";

    public static string ShippedRoot { get; } = Path.Combine(AppContext.BaseDirectory, "codesets-data");

    public static string DefaultCacheDirectory { get; } = Path.Combine(Path.GetTempPath(), "medcoder-codesets-cache");

    /// <summary>The shipped folder only, with the default cache.</summary>
    public static CodeSetLocations Shipped { get; } = new(null, DefaultCacheDirectory);

    /// <summary>The folders to load, in order: a later folder's release replaces an earlier one's.</summary>
    public IReadOnlyList<string> Roots => InstalledDirectory is null ? [ShippedRoot] : [ShippedRoot, InstalledDirectory];

    /// <summary>
    /// From MEDCODER_* settings by name: a host passes its configuration, a command outside a host the process
    /// environment. Unset or empty settings take the defaults; an installed folder that does not exist fails with the
    /// setting named, instead of coding silently against the shipped releases only.
    /// </summary>
    public static CodeSetLocations FromEnvironment(Func<string, string?> getVariable)
    {
        ArgumentNullException.ThrowIfNull(getVariable);
        string? Read(string name) => getVariable(name) is { Length: > 0 } value ? value.Trim() : null;

        var installed = Read(DirectoryVariable);
        if (installed is not null && !Directory.Exists(installed))
        {
            throw new InvalidOperationException(
                $"{DirectoryVariable} must name an existing folder of installed code-set releases, not '{installed}': create it and "
                + "install releases there (medcoder codesets import <release> --into <folder>), or unset it to use the shipped code sets only.");
        }

        return new CodeSetLocations(installed, Read(CacheVariable) ?? DefaultCacheDirectory);
    }
}
