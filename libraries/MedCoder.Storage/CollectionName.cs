using System.Text.RegularExpressions;

namespace MedCoder.Storage;

/// <summary>
/// Collection and store names become SQL identifiers, file names and Mongo names, so they are
/// restricted to a safe alphabet; starting with a letter keeps them clear of reserved prefixes.
/// </summary>
internal static partial class CollectionName
{
    public static string Validate(string name, string parameterName)
    {
        ArgumentNullException.ThrowIfNull(name, parameterName);
        if (!Pattern().IsMatch(name))
        {
            throw new ArgumentException(
                $"Invalid name '{name}': use 1-64 characters [a-z0-9_-], starting with a letter.", parameterName);
        }

        return name;
    }

    /// <summary>SQL identifier fragment: '-' is not valid unquoted, so it maps to '_'.</summary>
    public static string ToIdentifier(string name) => name.Replace('-', '_');

    [GeneratedRegex("^[a-z][a-z0-9_-]{0,63}$")]
    private static partial Regex Pattern();
}
