using System.Globalization;
using System.Text;
using MedCoder.CodeSets.Files;

namespace MedCoder.CodeSets.Icd10Cm;

/// <summary>
/// Reads the derived Alphabetic Index CSV (data/SOURCES.md): a header, then one row per index term in document order,
/// columns RowID, Letter, Level, Term, See, SeeAlso, NonEssModif, Code; quoted fields where they hold a comma.
/// The tree is the row order: a row's parent is the nearest row before it one level up.
/// </summary>
internal static class AlphabeticIndexCsv
{
    private const string Header = "RowID,Letter,Level,Term,See,SeeAlso,NonEssModif,Code";
    private const int MaxLevel = 9;

    public static List<AlphabeticIndexEntry> Read(string path)
    {
        var entries = new List<AlphabeticIndexEntry>(90_000);
        var open = new List<int>(MaxLevel + 1);
        var pool = new StringPool();
        foreach (var (number, line) in DataFile.Lines(path))
        {
            if (number == 1)
            {
                if (!string.Equals(line.TrimStart('\uFEFF'), Header, StringComparison.Ordinal))
                {
                    throw new CodeSetFormatException(path, number, $"expected the header '{Header}'");
                }

                continue;
            }

            if (line.Length == 0)
            {
                continue;
            }

            var fields = Fields(line, path, number);
            if (!int.TryParse(fields[2], NumberStyles.None, CultureInfo.InvariantCulture, out var level) || level > MaxLevel)
            {
                throw new CodeSetFormatException(path, number, $"level '{fields[2]}' is not 0-{MaxLevel}");
            }

            if (level > open.Count)
            {
                throw new CodeSetFormatException(path, number, $"level {level} follows level {open.Count - 1}: a subterm needs its parent term just above");
            }

            open.RemoveRange(level, open.Count - level);
            entries.Add(new AlphabeticIndexEntry(
                level, open.Count > 0 ? open[^1] : -1, pool.Get(CodeText.Clean(fields[3])), pool.Get(NonessentialModifiers.Parse(fields[6])),
                pool.GetOrNull(Code(fields[7], path, number)), Reference(fields[4]), Reference(fields[5])));
            open.Add(entries.Count - 1);
        }

        return entries;
    }

    private static string? Reference(string field) => CodeText.Clean(field).TrimEnd(',').TrimEnd() is { Length: > 0 } text ? text : null;

    private static string? Code(string field, string path, int number)
    {
        var code = field.Trim();
        if (code.Length == 0)
        {
            return null;
        }

        return CodeText.IsIcd10Cm(code.TrimEnd('-').TrimEnd('.'))
            ? code
            : throw new CodeSetFormatException(path, number, $"'{code}' is not an ICD-10-CM code");
    }

    /// <summary>The eight fields of a line; a quoted field may hold commas and doubled quotes.</summary>
    private static string[] Fields(string line, string path, int number)
    {
        var fields = new string[8];
        var count = 0;
        var field = new StringBuilder();
        var i = 0;
        while (true)
        {
            field.Clear();
            if (i < line.Length && line[i] == '"')
            {
                i++;
                while (true)
                {
                    if (i >= line.Length)
                    {
                        throw new CodeSetFormatException(path, number, "a quoted field is not closed on its line");
                    }

                    if (line[i] == '"')
                    {
                        if (i + 1 < line.Length && line[i + 1] == '"')
                        {
                            field.Append('"');
                            i += 2;
                            continue;
                        }

                        i++;
                        break;
                    }

                    field.Append(line[i++]);
                }
            }
            else
            {
                var end = line.IndexOf(',', i);
                end = end < 0 ? line.Length : end;
                field.Append(line, i, end - i);
                i = end;
            }

            if (count == fields.Length)
            {
                throw new CodeSetFormatException(path, number, $"more than {fields.Length} fields");
            }

            fields[count++] = field.ToString();
            if (i >= line.Length)
            {
                break;
            }

            if (line[i] != ',')
            {
                throw new CodeSetFormatException(path, number, "text after a quoted field");
            }

            i++;
        }

        return count == fields.Length ? fields : throw new CodeSetFormatException(path, number, $"{count} fields where {fields.Length} were expected");
    }
}
