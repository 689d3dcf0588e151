namespace MedCoder.CodeSets.Files;

/// <summary>A code-set file that does not have the expected format; names the file and the line so a release manager can fix it.</summary>
public sealed class CodeSetFormatException(string file, int line, string problem)
    : FormatException($"{Path.GetFileName(file)} line {line}: {problem}")
{
    public string File { get; } = file;

    public int Line { get; } = line;

    public string Problem { get; } = problem;
}
