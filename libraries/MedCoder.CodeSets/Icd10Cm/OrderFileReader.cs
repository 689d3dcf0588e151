using MedCoder.CodeSets.Files;

namespace MedCoder.CodeSets.Icd10Cm;

/// <summary>Reads a CMS ICD-10-CM order file (fixed width, plain or .gz; layout in CMS's icd10OrderFiles.pdf).</summary>
public static class OrderFileReader
{
    public static Icd10CmRelease Load(string path, int fiscalYear) => new(fiscalYear, Read(path));

    public static IReadOnlyList<Icd10CmCode> Read(string path)
    {
        var codes = new List<Icd10CmCode>(100_000);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (number, line) in DataFile.Lines(path))
        {
            if (line.Length > 0)
            {
                var code = ParseLine(line, path, number);
                if (!seen.Add(code.Code))
                {
                    throw new CodeSetFormatException(path, number, $"duplicate code {code.Dotted}");
                }

                codes.Add(code);
            }
        }

        return codes;
    }

    /// <summary>Columns 1–5 order number, 7–13 code without dot, 15 billable flag, 17–76 short and 78+ long description.</summary>
    internal static Icd10CmCode ParseLine(string line, string path, int lineNumber)
    {
        if (line.Length < 78 || (line[14] != '0' && line[14] != '1') || string.IsNullOrWhiteSpace(line.Substring(6, 7)))
        {
            throw new CodeSetFormatException(path, lineNumber, "not an ICD-10-CM order-file record (code in columns 7-13, billable flag 0|1 in column 15)");
        }

        return new Icd10CmCode(line.Substring(6, 7).Trim(), line[14] == '1', line.Substring(16, 60).Trim(), line[77..].Trim());
    }
}
