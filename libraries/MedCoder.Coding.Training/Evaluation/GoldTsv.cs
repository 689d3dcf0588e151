namespace MedCoder.Coding.Training.Evaluation;

/// <summary>The CodiEsp gold format: <c>document&lt;TAB&gt;code</c> per line, blank lines ignored.</summary>
public static class GoldTsv
{
    /// <param name="source">Named in errors as <c>source:line</c>.</param>
    /// <exception cref="InvalidDataException">A line is not two non-empty tab-separated fields.</exception>
    public static IReadOnlyList<GoldCode> Parse(TextReader reader, string source)
    {
        var codes = new List<GoldCode>();
        foreach (var (lineNumber, fields) in TsvRows.Read(reader))
        {
            if (fields.Length != 2 || fields[0].Trim().Length == 0 || fields[1].Trim().Length == 0)
            {
                throw new InvalidDataException($"{source}:{lineNumber}: expected document<TAB>code, found {fields.Length} field(s)");
            }

            codes.Add(new GoldCode(fields[0].Trim(), fields[1].Trim()));
        }

        return codes;
    }

    public static void Write(TextWriter writer, IEnumerable<GoldCode> codes)
    {
        foreach (var code in codes)
        {
            writer.Write($"{code.Document}\t{code.Code}\n");
        }
    }
}
