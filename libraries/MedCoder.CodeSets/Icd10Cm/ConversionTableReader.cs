using System.Globalization;
using System.Text.RegularExpressions;
using MedCoder.CodeSets.Files;

namespace MedCoder.CodeSets.Icd10Cm;

/// <summary>
/// Reads ICD-10-CM-CONVERSION-TABLE-FYYYYY.converted.tsv: row 1 is CDC's explanatory note, row 2 the header
/// (Current code assignment, Effective, Previous Code(s) Assignment), then one row per new code.
/// </summary>
internal static partial class ConversionTableReader
{
    private const string HeaderStart = "Current code assignment";

    // The XLSX stores April/January updates as real dates, which the TSV rendering shows as Excel serial day numbers.
    private static readonly DateOnly ExcelEpoch = new(1899, 12, 30);

    public static ConversionTable Read(string path)
    {
        var entries = new List<ConversionEntry>();
        var byCode = new Dictionary<string, ConversionEntry>(StringComparer.Ordinal);
        var headerSeen = false;
        foreach (var (number, line) in DataFile.Lines(path))
        {
            var fields = line.Split('\t');
            if (!headerSeen)
            {
                headerSeen = fields[0].StartsWith(HeaderStart, StringComparison.OrdinalIgnoreCase);
                if (!headerSeen && number >= 2)
                {
                    throw new CodeSetFormatException(path, number, $"expected the header '{HeaderStart}<TAB>Effective<TAB>Previous Code(s) Assignment' in row 1 or 2");
                }

                continue;
            }

            if (fields.All(f => f.Trim().Trim('"').Length == 0))
            {
                continue; // the XLSX rendering leaves empty trailing rows
            }

            var entry = ParseRow(fields, path, number);
            if (byCode.TryGetValue(entry.Code, out var earlier))
            {
                // CDC lists a few rows twice (O44.20-O44.33); identical repeats are harmless, different ones are not.
                if (earlier.Effective != entry.Effective || !string.Equals(earlier.PreviousText, entry.PreviousText, StringComparison.Ordinal))
                {
                    throw new CodeSetFormatException(path, number, $"{entry.Dotted} is listed twice with different contents");
                }

                continue;
            }

            byCode.Add(entry.Code, entry);
            entries.Add(entry);
        }

        if (!headerSeen)
        {
            throw new CodeSetFormatException(path, 1, $"the header '{HeaderStart}...' was not found");
        }

        return new ConversionTable(entries);
    }

    private static ConversionEntry ParseRow(string[] fields, string path, int number)
    {
        if (fields.Length != 3)
        {
            throw new CodeSetFormatException(path, number, $"expected 3 tab-separated columns, found {fields.Length}");
        }

        var code = fields[0].Trim();
        if (!CodeText.IsIcd10Cm(code))
        {
            throw new CodeSetFormatException(path, number, $"'{code}' is not an ICD-10-CM code");
        }

        var previousText = CodeText.Clean(fields[2]);
        return new ConversionEntry(Icd10CmFormat.WithoutDot(code), ParseEffective(fields[1].Trim(), path, number), previousText, ParsePrevious(previousText, path, number));
    }

    /// <summary>"2016" means October 1 2016 (CDC: "the code effective date is October 1 of the year listed"); 45017 is an Excel date (2023-04-01).</summary>
    private static DateOnly ParseEffective(string text, string path, int number)
    {
        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            throw new CodeSetFormatException(path, number, $"effective '{text}' is neither a year nor an Excel date");
        }

        return value switch
        {
            >= 2015 and <= 2100 => new DateOnly(value, 10, 1),
            >= 42000 and <= 73000 => ExcelEpoch.AddDays(value),
            _ => throw new CodeSetFormatException(path, number, $"effective '{text}' is neither a year (2015-2100) nor an Excel date"),
        };
    }

    private static PreviousCodeReference[] ParsePrevious(string text, string path, int number)
    {
        if (string.Equals(text, "None", StringComparison.OrdinalIgnoreCase))
        {
            return [];
        }

        var references = CodeOrSpan().Matches(text)
            .Select(m => Reference(m.Groups["from"].Value, m.Groups["dash"].Success, m.Groups["to"].Value))
            .ToArray();
        return references.Length > 0
            ? references
            : throw new CodeSetFormatException(path, number, $"previous code(s) '{text}' name no code (write None when there is none)");
    }

    // "A-B" is a span; a dash with nothing after it ("I63.-", "R11-") means the whole category.
    private static PreviousCodeReference Reference(string from, bool dash, string to)
    {
        var start = Icd10CmFormat.WithoutDot(from);
        return new PreviousCodeReference(start, dash && to.Length > 0 ? Icd10CmFormat.WithoutDot(to) : start);
    }

    [GeneratedRegex(@"(?<![A-Za-z0-9.])(?<from>[A-Z](?:[0-9][0-9A-Z]|[A-Z][0-9])(?:\.?[0-9A-Z]{1,4})?)(?<dash>\.?-(?<to>[A-Z](?:[0-9][0-9A-Z]|[A-Z][0-9])(?:\.?[0-9A-Z]{1,4})?)?)?")]
    private static partial Regex CodeOrSpan();
}
