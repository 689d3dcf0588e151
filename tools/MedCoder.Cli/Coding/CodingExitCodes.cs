namespace MedCoder.Cli.Coding;

public static class CodingExitCodes
{
    public const int Ok = 0;

    /// <summary>A missing or malformed input file, or an option value out of range; the message names the file and line.</summary>
    public const int InvalidInput = 2;
}
