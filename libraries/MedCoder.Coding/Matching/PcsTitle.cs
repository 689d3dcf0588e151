namespace MedCoder.Coding.Matching;

/// <summary>Reading an ICD-10-PCS code title.</summary>
internal static class PcsTitle
{
    /// <summary>
    /// The body part a title names after "of", up to the first of the given endings:
    /// "Excision of Left Testis, Open Approach, Diagnostic" → "Left Testis"; null when there is no "of".
    /// </summary>
    public static string? BodyPart(string title, params string[] endings)
    {
        var of = title.IndexOf(" of ", StringComparison.Ordinal);
        if (of < 0)
        {
            return null;
        }

        var part = title[(of + 4)..];
        foreach (var end in endings)
        {
            var at = part.IndexOf(end, StringComparison.Ordinal);
            part = at >= 0 ? part[..at] : part;
        }

        return part.Length > 0 ? part : null;
    }

    /// <summary>A bypass names its body part first, before "to": "Bypass Trachea to Cutaneous, Open Approach" → "Trachea".</summary>
    public static string? BypassedPart(string title) =>
        title.StartsWith("Bypass ", StringComparison.Ordinal) && title.IndexOf(" to ", StringComparison.Ordinal) is var to and > 7 ? title[7..to] : null;
}
