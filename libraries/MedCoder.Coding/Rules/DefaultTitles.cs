namespace MedCoder.Coding.Rules;

/// <summary>
/// A condition's default code as the code book titles it: "Pneumonia, unspecified organism", "Unspecified atrial
/// fibrillation", "Aneurysm of unspecified site" — the code the Index gives the bare condition — and the residual "Other ...".
/// </summary>
public static class DefaultTitles
{
    /// <summary>The condition a default title names ("Pneumonia, unspecified organism" → "Pneumonia"); null for other titles.</summary>
    public static string? Condition(string title)
    {
        if (LastPart(title, ", unspecified") is var comma and > 0)
        {
            return title[..comma];
        }

        if (title.StartsWith("Unspecified ", StringComparison.Ordinal))
        {
            return title["Unspecified ".Length..];
        }

        return LastPart(title, " of unspecified ") is var of and > 0 ? title[..of] : null;
    }

    /// <summary>A default title, or an "Other ..." residual one.</summary>
    public static bool IsDefault(string title) => Condition(title) is not null || title.StartsWith("Other ", StringComparison.Ordinal);

    /// <summary>Where the marker starts when the title ends with it and at most one more word ("Sepsis, unspecified organism"); -1 otherwise.</summary>
    private static int LastPart(string title, string marker)
    {
        var at = title.LastIndexOf(marker, StringComparison.OrdinalIgnoreCase);
        return at > 0 && title.IndexOf(' ', Math.Min(title.Length, at + marker.Length + 1)) < 0 ? at : -1;
    }
}
