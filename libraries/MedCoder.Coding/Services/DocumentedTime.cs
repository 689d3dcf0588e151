using System.Globalization;
using System.Text.RegularExpressions;
using MedCoder.Contracts.Coding;

namespace MedCoder.Coding.Services;

/// <summary>Total time the practitioner documented for the date of the encounter ("total time 35 minutes", "more than 30 minutes spent").</summary>
public sealed partial record DocumentedTime(int Minutes, EvidenceSpan Evidence)
{
    public static DocumentedTime? In(string text, int noteIndex)
    {
        if (!NumberOfMinutes(text) || TotalTime().Match(text) is not { Success: true } time)
        {
            return null;
        }

        // "More than 30 minutes" is at least 31: it is what separates 99239 from 99238.
        var minutes = int.Parse(time.Groups["minutes"].Value, CultureInfo.InvariantCulture) + (time.Groups["over"].Success ? 1 : 0);
        return new DocumentedTime(minutes, new EvidenceSpan(noteIndex, time.Index, time.Index + time.Length));
    }

    /// <summary>Every form is a number followed by "min…": most notes are ruled out without running the regex.</summary>
    private static bool NumberOfMinutes(string text)
    {
        for (var at = text.IndexOf("min", StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf("min", at + 3, StringComparison.OrdinalIgnoreCase))
        {
            var before = at - 1;
            while (before >= 0 && text[before] == ' ')
            {
                before--;
            }

            if (before >= 0 && char.IsDigit(text[before]))
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"\b(?:(?:total time|total of|spent|discharge (?:day management )?time)\D{0,40}?(?<over>more than|over|greater than|>)?\s*(?<minutes>\d{1,3})\s*(?:minutes|mins?)\b|(?<over>more than|over|greater than|>)?\s*(?<minutes>\d{1,3})\s*(?:minutes|mins?)\s+(?:were\s+|was\s+)?spent\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TotalTime();
}
