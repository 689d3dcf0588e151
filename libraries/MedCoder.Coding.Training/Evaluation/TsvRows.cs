namespace MedCoder.Coding.Training.Evaluation;

/// <summary>The non-blank lines of a tab-separated file, split into fields, with their 1-based line numbers (for errors).</summary>
internal static class TsvRows
{
    public static IEnumerable<(int Line, string[] Fields)> Read(TextReader reader)
    {
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Trim().Length > 0)
            {
                yield return (lineNumber, line.Split('\t'));
            }
        }
    }
}
