using System.Globalization;
using MedCoder.CodeSets.Files;

namespace MedCoder.CodeSets.Icd10Pcs;

/// <summary>
/// Reads a CMS ICD-10-PCS order file (plain or .gz). Fixed width per icd10pcsOrderFile.pdf: columns 1-5 order
/// number, 7-13 code, 15 valid flag (1 = valid code, 0 = table header), 17-76 short title, 78+ long title.
/// </summary>
public static class Icd10PcsOrderFileReader
{
    private const int MinimumLength = 78;

    public static IReadOnlyList<Icd10PcsCode> Read(string path)
    {
        var rows = new List<Icd10PcsCode>(81_000);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (number, text) in DataFile.Lines(path))
        {
            if (text.Length == 0)
            {
                continue;
            }

            var row = ParseLine(text, path, number);
            if (!seen.Add(row.Code))
            {
                throw new CodeSetFormatException(path, number, $"code {row.Code} appears twice");
            }

            rows.Add(row);
        }

        return rows;
    }

    internal static Icd10PcsCode ParseLine(string line, string path, int lineNumber)
    {
        if (line.Length < MinimumLength || line[5] != ' ' || line[13] != ' ' || (line[14] != '0' && line[14] != '1'))
        {
            throw new CodeSetFormatException(path, lineNumber, "not an ICD-10-PCS order-file record (order number in columns 1-5, code in 7-13, valid flag 0|1 in column 15)");
        }

        if (!int.TryParse(line.AsSpan(0, 5), NumberStyles.None, CultureInfo.InvariantCulture, out var order))
        {
            throw new CodeSetFormatException(path, lineNumber, $"order number '{line[..5]}' is not numeric");
        }

        var valid = line[14] == '1';
        var code = line.Substring(6, 7).TrimEnd();

        // Valid codes are full 7-character codes; the non-valid rows are the 3-character table headers.
        if (code.Length != (valid ? 7 : 3) || !code.All(PcsSections.IsPcsCharacter))
        {
            throw new CodeSetFormatException(path, lineNumber, $"code '{code}' is not a {(valid ? "7" : "3")}-character PCS {(valid ? "code" : "table header")}");
        }

        return new Icd10PcsCode(order, code, valid, line.Substring(16, 60).Trim(), line[77..].Trim());
    }
}
